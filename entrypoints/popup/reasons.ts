import type { Reason } from '@/components/ReasonList';
import type { UiLang } from '@/rules/packs/schema';
import type { TabStatus } from '@/rules/status';

/** The reasons the popup lists for a tab: the content verdict's signals, explained. */
export function reasonsFor(status: TabStatus, _lang: UiLang): Reason[] {
  return (status.verdict?.signals ?? []).map((signal) => ({ id: signal.id, text: signal.id, evidence: signal.evidence }));
}
