import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { FamilySetupProblem } from '@/rules/family/answers';
import { guardianProblems, type Guardian } from '@/rules/family/guardian';
import { isValidPin } from '@/rules/family/pin';
import type { Translate } from '@/rules/i18n';

export interface GuardianFormInput {
  guardian: Guardian;
  /** Undefined: keep the current PIN (only allowed once family mode is on). */
  pin?: string;
}

interface GuardianFormProps {
  t: Translate;
  initial: Guardian | null;
  /** True when a PIN exists already, so a new one is optional. */
  pinOptional: boolean;
  submitLabel: string;
  /** Resolves with the problems the background found (empty when saved). */
  onSubmit: (input: GuardianFormInput) => Promise<FamilySetupProblem[]>;
}

type Problem = FamilySetupProblem | 'mismatch';
const PROBLEM_KEYS: Record<Problem, string> = {
  name: 'familyNameProblem',
  phone: 'familyPhoneProblem',
  pin: 'familyPinProblem',
  mismatch: 'familyPinMismatch',
};

/** The guardian's name, phone number and PIN, each with its own plain error message. */
export function GuardianForm({ t, initial, pinOptional, submitLabel, onSubmit }: GuardianFormProps) {
  const [name, setName] = useState(initial?.name ?? '');
  const [phone, setPhone] = useState(initial?.phone ?? '');
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const found: Problem[] = [...guardianProblems({ name, phone })];
    const keepPin = pinOptional && pin === '';
    if (!keepPin && !isValidPin(pin)) found.push('pin');
    else if (!keepPin && pin !== repeat) found.push('mismatch');
    if (found.length === 0) found.push(...(await onSubmit({ guardian: { name, phone }, pin: keepPin ? undefined : pin })));
    setProblems(found);
    if (found.length === 0) {
      setPin('');
      setRepeat('');
    }
  };
  const error = (problem: Problem, id: string) =>
    problems.includes(problem) ? <span id={id} class="field-error" data-testid={`family-error-${problem}`}>{t(PROBLEM_KEYS[problem])}</span> : null;
  const field = (label: string, id: string, problem: Problem, input: JSX.Element) => (
    <div class="field">
      <label for={id}>{label}</label>
      {input}
      {error(problem, `${id}-error`)}
    </div>
  );

  return (
    <form class="guardian-form" onSubmit={(event) => void submit(event)} noValidate>
      {field(t('familyGuardianName'), 'guardian-name', 'name',
        <input id="guardian-name" type="text" autoComplete="name" value={name} data-testid="family-name" aria-invalid={problems.includes('name')}
          aria-describedby={problems.includes('name') ? 'guardian-name-error' : undefined} onInput={(e) => setName(e.currentTarget.value)} />)}
      {field(t('familyGuardianPhone'), 'guardian-phone', 'phone',
        <input id="guardian-phone" type="tel" autoComplete="tel" value={phone} data-testid="family-phone" aria-invalid={problems.includes('phone')}
          aria-describedby={problems.includes('phone') ? 'guardian-phone-error' : undefined} onInput={(e) => setPhone(e.currentTarget.value)} />)}
      {field(pinOptional ? t('familyNewPinOptional') : t('familyNewPin'), 'guardian-pin', 'pin',
        <input id="guardian-pin" type="password" inputMode="numeric" autoComplete="new-password" maxLength={12} value={pin} data-testid="family-pin"
          aria-invalid={problems.includes('pin')} aria-describedby={problems.includes('pin') ? 'guardian-pin-error' : undefined}
          onInput={(e) => setPin(e.currentTarget.value)} />)}
      {field(t('familyRepeatPin'), 'guardian-repeat', 'mismatch',
        <input id="guardian-repeat" type="password" inputMode="numeric" autoComplete="new-password" maxLength={12} value={repeat}
          data-testid="family-pin-repeat" aria-invalid={problems.includes('mismatch')}
          aria-describedby={problems.includes('mismatch') ? 'guardian-repeat-error' : undefined} onInput={(e) => setRepeat(e.currentTarget.value)} />)}
      <button type="submit" class="primary" data-testid="family-save">{submitLabel}</button>
    </form>
  );
}
