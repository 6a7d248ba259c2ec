/**
 * Public API of the feed core (browser-free). The background wiring (IndexedDB, alarms,
 * fetch, options page) should import from here.
 */
export { FeedError, isFeedError, type FeedErrorCode } from './errors.ts';
export {
  FEED_FORMATS,
  DEFAULT_MAX_CHARS,
  DEFAULT_MAX_ENTRIES,
  type FeedFormat,
  type ParsedFeed,
  type ParseOptions,
  type EntryRole,
  type SignedFeedInfo,
} from './types.ts';
export { detectFormat } from './detect.ts';
export { parseFeed, parseFeedBytes, FeedParser } from './parse.ts';
export { toListEntry } from './host-entry.ts';
export {
  verifySignedFeed,
  parseSignatureFile,
  type FeedSignature,
  type VerifyOptions,
  type VerifiedFeed,
} from './signed.ts';
export { signFeedBody } from './sign.ts';
export { PINNED_FEED_KEYS } from './pinned-keys.ts';
export { SIGNED_FEED_FORMAT } from './parsers/scam-sentinel.ts';
export { CompactHostSet, type HostLookup, type LoadOptions } from './compact-set.ts';
export { compileFeed, type CompiledFeed } from './compile.ts';
export { NameSet } from './name-set.ts';
export {
  createEffectiveList,
  PERSONAL_SOURCE,
  type CheckResult,
  type EffectiveList,
  type EffectiveListInput,
  type FeedSource,
} from './effective.ts';
export { parseTrancoCsv } from './tranco.ts';
export { BUILTIN_ALLOW } from './builtin-allow.ts';
