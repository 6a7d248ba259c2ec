/**
 * When to try sending again. A report that could not be sent (no network, the server down) waits
 * 1 minute, then 2, 4, 8… up to 6 hours between tries, and is marked failed after 10 tries; the
 * user can always press "Try again". A little jitter keeps many browsers from retrying at once
 * after an outage of the receiving server.
 */
export const RETRY_BASE_MS = 60_000;
export const RETRY_MAX_DELAY_MS = 6 * 60 * 60_000;
export const MAX_ATTEMPTS = 10;

/** Delay before the next try after `failures` failed tries (1 = the first one failed). */
export function retryDelayMs(failures: number, random: () => number = () => 0.5): number {
  const exponential = Math.min(RETRY_MAX_DELAY_MS, RETRY_BASE_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(exponential * (0.9 + 0.2 * random()));
}

/** What a try's outcome means for the report. */
export type Outcome = { kind: 'sent' } | { kind: 'retry'; error: string } | { kind: 'refused'; error: string };

/**
 * HTTP answers: 2xx accepted; 408, 425, 429 and 5xx are passing trouble worth a retry; any other
 * answer (400 bad request, 401, 404…) will not change by waiting, so the report is marked failed.
 */
export function outcomeOfStatus(status: number, detail = ''): Outcome {
  if (status >= 200 && status < 300) return { kind: 'sent' };
  const error = `HTTP ${status}${detail ? `: ${detail.slice(0, 200)}` : ''}`;
  if (status === 408 || status === 425 || status === 429 || status >= 500) return { kind: 'retry', error };
  return { kind: 'refused', error };
}
