import {
  compileFeed,
  detectFormat,
  isFeedError,
  NameSet,
  parseFeed,
  verifySignedFeed,
  type ParsedFeed,
  type VerifiedFeed,
} from '@/rules/feeds';
import { gateHosts, type ProtectedNames } from '@/rules/hosts/gate';
import {
  DEFAULT_SYNC_LIMITS,
  intervalAfterSuccess,
  retryDelay,
  shrankTooMuch,
  withJitter,
  type SyncLimits,
} from '@/rules/feeds-config/sync-policy';
import { BodyReader } from './body-reader';
import { download, SyncError, type Download } from './download';
import { RuleNamesAhead, ruleNamesOf } from './rule-names-ahead';
import { signedMemoryOf, type ActiveList, type FeedRecord, type SignedMemory } from './records';
import type { FeedStore } from './store';

/**
 * One feed's sync: download (conditional, capped, timed), parse or verify, gate, compile, store.
 * Whatever fails, the feed's last good list stays active and the failure is recorded in plain
 * words with a back-off; only a complete, sane new list replaces it (store.ts, two-step swap).
 */
export interface SyncDeps {
  store: FeedStore;
  /** The false-positive gate's protected names (popular and known-legitimate sites), built once. */
  gate: () => Promise<ProtectedNames>;
  limits?: SyncLimits;
  fetch?: typeof fetch;
  now?: () => number;
  random?: () => number;
  /** Pinned keys override, for tests. */
  keys?: Readonly<Record<string, string>>;
  /**
   * Told the new list's rule names (as stored, "\n"-separated) before it is compiled and stored,
   * for a big list in a line format while the rest of it still downloads (rule-names-ahead.ts), so
   * the browser's rules for it can be prepared meanwhile; resolves once that work is under way.
   * Told again should the names at the end differ. Whatever the outcome of the sync, the caller
   * then rebuilds the rules from the stored lists.
   */
  previewRuleNames?: (feed: FeedRecord, ruleNames: string) => Promise<void>;
}

export type SyncOutcome =
  | { kind: 'updated'; entries: number }
  | { kind: 'unchanged' }
  | { kind: 'failed'; code: string; message: string }
  | { kind: 'gone' };

const inFlight = new Map<string, Promise<SyncOutcome>>();

/** Syncs one feed; a second call while one runs gets the same result instead of a second download. */
export function syncFeed(id: string, deps: SyncDeps): Promise<SyncOutcome> {
  let running = inFlight.get(id);
  if (running === undefined) {
    running = runSync(id, deps).finally(() => inFlight.delete(id));
    inFlight.set(id, running);
  }
  return running;
}

async function runSync(id: string, deps: SyncDeps): Promise<SyncOutcome> {
  const { store } = deps;
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  const limits = deps.limits ?? DEFAULT_SYNC_LIMITS;
  const feed = await store.getFeed(id);
  if (feed === undefined) return { kind: 'gone' };
  const startedAt = now();
  let ahead: RuleNamesAhead | null = null;
  try {
    // Ask "has it changed?" only while the stored list is usable: a list the browser can no longer
    // read (damaged, or from an older format) must be downloaded in full even if it is unchanged.
    const usable = feed.active !== null && (await storedSetIsUsable(store, feed.active.setKey));
    const validators = usable ? { etag: feed.active!.etag, lastModified: feed.active!.lastModified } : {};
    // The gate's protected names are built once per worker (a quarter of a second): started now,
    // that work overlaps the download instead of following it. Awaited only when a new list needs it.
    const gate = deps.gate();
    gate.catch(() => undefined);
    // A list in a line format is parsed as it arrives; one that must be signed is read whole (parseBody).
    const reader = mustBeSigned(feed) ? null : new BodyReader(limits);
    // A big list's rule names are known long before its end: the browser installs them meanwhile.
    ahead = reader === null || deps.previewRuleNames === undefined ? null : new RuleNamesAhead(limits.maxRuleNames, gate, (names) => previewSafely(deps, feed, names));
    const onChunk = reader === null ? undefined : (bytes: Uint8Array) => {
      reader.push(bytes);
      return ahead?.offer(reader.blockSoFar);
    };
    const answer = await download(feed.url, validators, limits, deps.fetch, onChunk);
    if (answer.status === 'not-modified') {
      await store.updateFeed(id, (record) => ({
        ...record,
        status: { lastAttemptAt: startedAt, lastSuccessAt: now(), failures: 0, nextSyncAt: now() + withJitter(intervalAfterSuccess(now(), record.active?.expires), random()) },
      }));
      return { kind: 'unchanged' };
    }
    const { active, signed } = await compileAndStore(feed, answer, reader, ahead, { ...deps, gate: () => gate }, limits, now());
    const status = { lastAttemptAt: startedAt, lastSuccessAt: now(), failures: 0, nextSyncAt: now() + withJitter(intervalAfterSuccess(now(), active.expires), random()) };
    if (!(await store.activateSet(id, active, status, signed))) return { kind: 'gone' };
    return { kind: 'updated', entries: active.entries };
  } catch (error) {
    const { code, message } = describeFailure(error);
    const updated = await store.updateFeed(id, (record) => {
      const failures = record.status.failures + 1;
      return {
        ...record,
        status: { ...record.status, lastAttemptAt: startedAt, failures, lastError: { code, message, at: now() }, nextSyncAt: now() + withJitter(retryDelay(failures), random()) },
      };
    });
    return updated === null ? { kind: 'gone' } : { kind: 'failed', code, message };
  } finally {
    // Whatever the outcome, a preview made ahead is over before the caller rebuilds the rules.
    await ahead?.ruleNames();
  }
}

async function compileAndStore(
  feed: FeedRecord,
  answer: Extract<Download, { status: 'ok' }>,
  reader: BodyReader | null,
  ahead: RuleNamesAhead | null,
  deps: SyncDeps,
  limits: SyncLimits,
  now: number,
): Promise<{ active: ActiveList; signed?: SignedMemory }> {
  const parsed = await parseBody(feed, answer.bytes, reader, deps, limits, now);
  const signed = parsed.signed !== undefined;
  // The project's own signed feeds are trusted as signed; every other list passes the gate.
  const gated = signed ? { kept: parsed.block, dropped: [] } : gateHosts(parsed.block, await deps.gate());
  const ownAllow = parsed.allow.length > 0 ? new NameSet(parsed.allow) : null;
  const block = ownAllow === null ? gated.kept : gated.kept.filter((host) => ownAllow.lookup(host) === null);
  const previewed = (await ahead?.ruleNames()) ?? null;
  // Names found ahead are the list's own unless its allowlist took some out: the first distinct
  // names of the gated list are those of its first entries (rule-names-ahead.ts).
  const ruleNameList = previewed !== null && ownAllow === null ? null : ruleNamesOf(block, limits.maxRuleNames);
  const ruleNames = ruleNameList?.join('\n') ?? previewed!;
  const ruleNameCount = ruleNameList?.length ?? limits.maxRuleNames;
  // Not for a list sure to be refused below (block.length is at least the number of distinct names).
  if (ruleNames !== previewed && block.length > 0 && (signed || !shrankTooMuch(feed.active?.entries, block.length))) await previewSafely(deps, feed, ruleNames);
  const compiled = compileFeed({ ...parsed, block, allow: [] });
  if (compiled.entries === 0) {
    throw new SyncError('empty', 'After removing well-known safe sites, the list has no sites left.');
  }
  if (!signed && shrankTooMuch(feed.active?.entries, compiled.entries)) {
    throw new SyncError(
      'shrunk',
      `The new list has ${compiled.entries} sites, less than half of the ${feed.active!.entries} before; the previous list is kept.`,
    );
  }
  const setKey = await deps.store.stageSet(feed.id, { block: compiled.set.toArrayBuffer(), ruleNames }, now);
  const active: ActiveList = {
    setKey,
    entries: compiled.entries,
    skipped: parsed.skipped,
    droppedByGate: gated.dropped.length,
    format: parsed.format,
    etag: answer.etag,
    lastModified: answer.lastModified,
    signedVersion: parsed.signed?.version,
    expires: parsed.signed?.expires,
    fetchedAt: now,
    bytes: answer.bytes.length,
    ruleNames: ruleNameCount,
  };
  const proof = parsed.signed;
  return { active, signed: proof === undefined ? undefined : { version: proof.version, digest: proof.digest, expires: proof.expires } };
}

/** A preview is help, never a condition: its failure must not fail the sync. */
async function previewSafely(deps: SyncDeps, feed: FeedRecord, ruleNames: string): Promise<void> {
  try {
    await deps.previewRuleNames?.(feed, ruleNames);
  } catch (error) {
    console.warn('[scam-sentinel] rules not prepared ahead:', error);
  }
}

/**
 * The body's format decides how it is read, except for a feed that must be signed (one that
 * was signed before, or whose administrator named its key): any other format is refused, so a
 * decoy in a plain format cannot replace a signed list, nor clear the versions it remembers.
 * A body in a line format was already read as it came (BodyReader), with the same result.
 */
async function parseBody(
  feed: FeedRecord,
  bytes: Uint8Array,
  reader: BodyReader | null,
  deps: SyncDeps,
  limits: SyncLimits,
  now: number,
): Promise<ParsedFeed & { signed?: VerifiedFeed['signed'] }> {
  const streamed = reader?.finish() ?? null;
  if (streamed !== null) return { ...streamed, signed: undefined };
  const text = new TextDecoder().decode(bytes);
  const memory = signedMemoryOf(feed);
  // A body that is no list at all (an HTML error page, empty) keeps its own, more telling error.
  const format = detectFormat(text);
  if (format !== 'scam-sentinel-feed') {
    if (mustBeSigned(feed)) throw unsignedRefused(feed);
    // Only the signed format carries `signed`, and only after verifySignedFeed.
    return { ...parseFeed(text, { format, maxEntries: limits.maxEntries, maxChars: limits.maxBytes }), signed: undefined };
  }
  const signature = await download(`${feed.url}.sig`, {}, { ...limits, maxBytes: 4096 }, deps.fetch);
  if (signature.status !== 'ok') throw new SyncError('bad-signature', 'The signature of the list could not be downloaded.');
  return verifySignedFeed(bytes, new TextDecoder().decode(signature.bytes), {
    keys: deps.keys,
    requiredKey: feed.publicKey,
    lastVersion: memory?.version,
    lastDigest: memory?.digest,
    now,
    parse: { maxEntries: limits.maxEntries, maxChars: limits.maxBytes },
  });
}

/** A feed that was signed before, or whose administrator named its key. */
function mustBeSigned(feed: FeedRecord): boolean {
  return signedMemoryOf(feed) !== undefined || feed.publicKey !== undefined;
}

function unsignedRefused(feed: FeedRecord): SyncError {
  return new SyncError(
    'signature-required',
    feed.publicKey !== undefined
      ? 'Your organisation requires this list to be signed with its key; this copy is not signed, so it was refused.'
      : 'This list was signed before; this copy is not signed, so it was refused and the last good list is kept.',
  );
}

function describeFailure(error: unknown): { code: string; message: string } {
  if (error instanceof SyncError || isFeedError(error)) return { code: error.code, message: error.message };
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return { code: 'storage', message: 'There is not enough room on this computer to keep the list.' };
  }
  return { code: 'internal', message: `Unexpected problem: ${error instanceof Error ? error.message : String(error)}`.slice(0, 200) };
}

async function storedSetIsUsable(store: FeedStore, key: string): Promise<boolean> {
  try {
    const stored = await store.openSet(key);
    await stored?.loadAll();
    return stored !== undefined;
  } catch {
    return false;
  }
}
