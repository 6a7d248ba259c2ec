import { outcomeOfStatus, type Outcome } from '@/rules/reports/retry';

const TIMEOUT_MS = 30_000;

/**
 * One POST of a report as JSON. No cookies or referrer go with it: the receiver learns only what
 * the report says. Network trouble (offline, DNS, timeout) is a reason to retry.
 */
export async function postJson(url: string, body: unknown, fetchImpl: typeof fetch = fetch): Promise<Outcome> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    return { kind: 'retry', error: `No connection (${error instanceof Error ? error.message : String(error)})` };
  }
  const detail = response.ok ? '' : (await response.text().catch(() => '')).replace(/\s+/g, ' ').trim();
  return outcomeOfStatus(response.status, detail);
}
