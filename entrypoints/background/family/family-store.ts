import { browser } from 'wxt/browser';
import { FAMILY_KEY, loadFamilyRecord, type FamilyConfig, type FamilyRecord } from '@/rules/family/guardian';
import { loadAttemptState, type AttemptState } from '@/rules/family/rate-limit';
import { addToken, isTokenLive, liveTokens, newUnlockToken, type LiveToken } from '@/rules/family/unlock';

/**
 * Where family mode keeps its state:
 *  - the config (PIN hash, guardian) and the failed-attempt count in storage.local, so neither a
 *    worker restart nor a browser restart resets the lock-out;
 *  - unlock tokens in storage.session: they must die with the browser session.
 */
const ATTEMPTS_KEY = 'familyAttempts';
const TOKENS_KEY = 'familyUnlockTokens';

/** Family mode as stored: off, on, or damaged (which counts as on: it fails closed). */
export async function readFamilyRecord(): Promise<FamilyRecord> {
  return loadFamilyRecord((await browser.storage.local.get(FAMILY_KEY))[FAMILY_KEY]);
}

export async function writeFamilyConfig(config: FamilyConfig | null): Promise<void> {
  if (config === null) await browser.storage.local.remove(FAMILY_KEY);
  else await browser.storage.local.set({ [FAMILY_KEY]: config });
}

export async function readAttempts(): Promise<AttemptState> {
  return loadAttemptState((await browser.storage.local.get(ATTEMPTS_KEY))[ATTEMPTS_KEY]);
}

async function writeAttempts(state: AttemptState): Promise<void> {
  await browser.storage.local.set({ [ATTEMPTS_KEY]: state });
}

/** One change of the attempt count at a time: parallel guesses and the lock-out alarm must not overwrite each other. */
let attemptsQueue: Promise<unknown> = Promise.resolve();

export function changeAttempts<R>(change: (state: AttemptState, write: (next: AttemptState) => Promise<void>) => Promise<R>): Promise<R> {
  const run = attemptsQueue.then(async () => change(await readAttempts(), writeAttempts));
  attemptsQueue = run.catch(() => undefined);
  return run;
}

async function readTokens(now: number): Promise<LiveToken[]> {
  return liveTokens((await browser.storage.session.get(TOKENS_KEY))[TOKENS_KEY], now);
}

/** A new unlock token for the page that just gave the right PIN. */
export async function issueUnlockToken(now = Date.now()): Promise<LiveToken> {
  const token = newUnlockToken();
  const tokens = addToken(await readTokens(now), token, now);
  await browser.storage.session.set({ [TOKENS_KEY]: tokens });
  return tokens[tokens.length - 1]!;
}

export async function isUnlockTokenLive(token: string | undefined, now = Date.now()): Promise<boolean> {
  return isTokenLive(await readTokens(now), token, now);
}

/** "Lock again": every page must ask for the PIN anew. */
export async function forgetUnlockTokens(): Promise<void> {
  await browser.storage.session.remove(TOKENS_KEY);
}
