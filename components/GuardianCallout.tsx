import type { Guardian } from '@/rules/family/guardian';
import type { Translate } from '@/rules/i18n';
import './family.css';

/** "Before you send any money, call NAME at PHONE": on every warning once a guardian is set. */
export function GuardianCallout({ t, guardian }: { t: Translate; guardian: Guardian | null }) {
  if (guardian === null) return null;
  return (
    <p class="guardian-callout" data-testid="guardian-callout">
      <span aria-hidden="true">☎ </span>
      {t('familyCallGuardian', guardian.name, guardian.phone)}
    </p>
  );
}
