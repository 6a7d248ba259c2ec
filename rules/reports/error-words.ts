/**
 * What went wrong with a sending, as a kind the UI has words for. The stored error is the raw text
 * ("HTTP 500: …", "Failed to fetch", "NetworkError when attempting to fetch resource."): it stays in
 * the report and its exports for whoever investigates, but people read a translated sentence.
 */
type SendProblem = { kind: 'http'; status: number } | { kind: 'network' } | { kind: 'other' };

export function sendProblemOf(error: string): SendProblem {
  const http = /^HTTP (\d{3})\b/.exec(error);
  if (http) return { kind: 'http', status: Number(http[1]) };
  // Chromium, Firefox and Safari's words for a request that never got an answer.
  if (/failed to fetch|networkerror|load failed|network request failed|timed? ?out|abort/i.test(error)) return { kind: 'network' };
  return { kind: 'other' };
}
