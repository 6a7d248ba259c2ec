import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { countKey, type Translate } from '@/rules/i18n';
import type { UnlockResult } from '@/rules/family/unlock';
import { minutesFrom } from './lib/family';
import './family.css';

/** "Please wait N minutes", with the page's language deciding "1 minute" or "2 minutes". */
function lockedMessage(t: Translate, retryAfterMs: number): string {
  const minutes = minutesFrom(retryAfterMs);
  return t(countKey(document.documentElement.lang || 'en', 'familyPinLocked', minutes), minutes);
}

interface PinPromptProps {
  t: Translate;
  /** Checks the PIN (page:familyUnlock through components/lib/family.ts). */
  unlock: (pin: string) => Promise<UnlockResult>;
  onUnlocked: (token: string) => void;
  onCancel?: () => void;
  /** Shown above the field, e.g. after the background refused a change. */
  notice?: string;
}

/** Asks for the family PIN; says plainly when it is wrong and how long to wait after too many tries. */
export function PinPrompt({ t, unlock, onUnlocked, onCancel, notice }: PinPromptProps) {
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState<string | null>(notice ?? null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // Several prompts may be open on one page (one per locked section).
  const id = useId();
  useEffect(() => input.current?.focus(), []);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const result = await unlock(pin);
      if (result.ok) return onUnlocked(result.token);
      setPin('');
      if (result.reason === 'locked') setMessage(lockedMessage(t, result.retryAfterMs));
      else if (result.reason === 'damaged') setMessage(t('familyDamagedPinLost'));
      else if (result.reason === 'wrong')
        setMessage(result.retryAfterMs > 0 ? lockedMessage(t, result.retryAfterMs) : t('familyPinWrong', result.attemptsLeft));
      else onUnlocked('');
    } catch {
      setMessage(t('errorGeneric'));
    } finally {
      setBusy(false);
      input.current?.focus();
    }
  };

  return (
    <form class="pin-prompt" data-testid="pin-prompt" aria-labelledby={`${id}-heading`} onSubmit={(event) => void submit(event)}>
      <h2 id={`${id}-heading`}>{t('familyPinHeading')}</h2>
      <p id={`${id}-help`}>{t('familyPinText')}</p>
      <label class="field">
        {t('familyPinLabel')}
        <input
          ref={input}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={12}
          value={pin}
          aria-describedby={`${id}-help ${id}-message`}
          aria-invalid={message !== null}
          data-testid="pin-input"
          onInput={(event) => setPin(event.currentTarget.value)}
        />
      </label>
      <p id={`${id}-message`} class="pin-message" role="alert" data-testid="pin-message">{message ?? ''}</p>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy} data-testid="pin-submit">{t('familyPinSubmit')}</button>
        {onCancel && <button type="button" onClick={onCancel} data-testid="pin-cancel">{t('trustConfirmNo')}</button>}
      </div>
    </form>
  );
}
