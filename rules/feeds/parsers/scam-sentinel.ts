import type { EntrySink } from '../entry-sink.ts';
import { FeedError } from '../errors.ts';
import type { SignedFeedInfo } from '../types.ts';

/** The `format` field value that marks the project's own feed. */
const SIGNED_FEED_FORMAT = 'scam-sentinel-feed';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/**
 * The project's feed body:
 * `{ "format": "scam-sentinel-feed", "version": 42, "expires": "2026-09-01T00:00:00Z",
 *    "entries": ["scam.example", ...], "allow": ["good.example", ...] }`
 * `version` is a non-negative integer that grows with every release; `allow` is optional.
 * The body is only trusted after verifySignedFeed checked its detached signature.
 */
export function parseScamSentinelFeed(value: unknown, sink: EntrySink): SignedFeedInfo {
  const info = readSignedFeedInfo(value);
  const feed = value as Record<string, unknown>;
  if (!Array.isArray(feed.entries)) throw new FeedError('malformed', 'The feed has no "entries" list.');
  if (feed.allow !== undefined && !Array.isArray(feed.allow)) {
    throw new FeedError('malformed', 'The feed\'s "allow" field is not a list.');
  }
  for (const entry of feed.entries) {
    if (typeof entry === 'string') sink.add(entry, 'block');
    else sink.skip(entry);
  }
  for (const entry of (feed.allow as unknown[] | undefined) ?? []) {
    if (typeof entry === 'string') sink.add(entry, 'allow');
    else sink.skip(entry);
  }
  return info;
}

/** Reads and checks the format, version and expiry fields. */
function readSignedFeedInfo(value: unknown): SignedFeedInfo {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new FeedError('malformed', 'The feed is not a JSON object.');
  }
  const feed = value as Record<string, unknown>;
  if (feed.format !== SIGNED_FEED_FORMAT) {
    throw new FeedError('malformed', `The feed's "format" is not "${SIGNED_FEED_FORMAT}".`);
  }
  const { version, expires } = feed;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    throw new FeedError('malformed', 'The feed\'s "version" is not a whole number.');
  }
  if (typeof expires !== 'string' || !ISO_DATE.test(expires) || Number.isNaN(Date.parse(expires))) {
    throw new FeedError('malformed', 'The feed\'s "expires" is not an ISO date.');
  }
  return { version, expires };
}
