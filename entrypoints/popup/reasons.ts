import type { Reason } from '@/components/ReasonList';
import type { TabStatus, TabStatusAnswer } from '@/rules/status';

/** The reasons the popup lists for a tab: the content verdict's signals, strongest first, explained by the background. */
export function reasonsFor(status: TabStatusAnswer): Reason[] {
  const seen = new Set<string>();
  return (status.verdict?.signals ?? [])
    .filter((signal) => !seen.has(signal.id) && seen.add(signal.id))
    .sort((a, b) => b.weight - a.weight)
    .map((signal) => ({ id: signal.id, text: status.explanations[signal.id] ?? '', evidence: signal.evidence }));
}

/** A site offering to recover lost money: show where real help is, and the one rule. */
export function showsRecoveryHelp(status: TabStatus): boolean {
  return status.level !== 'ok' && (status.verdict?.signals ?? []).some((signal) => signal.family === 'recovery');
}
