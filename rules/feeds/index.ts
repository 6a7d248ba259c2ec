/**
 * The feed core's API for the extension's wiring (browser-free): what the background and the
 * extension pages import. Scripts and tests may import a module of this folder directly.
 */
export { isFeedError } from './errors.ts';
export type { FeedFormat, ParsedFeed } from './types.ts';
export { detectFormat } from './detect.ts';
export { parseFeed, FeedParser } from './parse.ts';
export { verifySignedFeed, type VerifiedFeed } from './signed.ts';
export { signFeedBody } from './sign.ts';
export { CompactHostSet } from './compact-set.ts';
export { compileFeed } from './compile.ts';
export { NameSet } from './name-set.ts';
export { createEffectiveList, PERSONAL_SOURCE, type EffectiveList, type FeedSource } from './effective.ts';
export { BUILTIN_ALLOW } from './builtin-allow.ts';
