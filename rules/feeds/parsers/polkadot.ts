import type { EntrySink } from '../entry-sink.ts';
import { FeedError } from '../errors.ts';

/**
 * polkadot-js/phishing all.json: {deny, denySub, allow}.
 *
 * - deny: sites to block.
 * - denySub: "host/path" entries (a scam account on twitter.com); a host list cannot block one
 *   page of a shared site, so they are skipped (counted).
 * - allow: hosting platforms (github.io, pages.dev, timeweb.ru...) on which only full
 *   subdomains may be matched, never the platform itself. It is NOT a list of trusted sites,
 *   so it is not returned as `allow` (that would whitelist every scam hosted there); instead a
 *   deny entry naming an allowed platform itself is skipped. Parent matching in this project
 *   already stops at the registrable domain, which covers the rest of its meaning.
 */
export function parsePolkadotList(value: unknown, sink: EntrySink): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new FeedError('malformed', 'The polkadot-js list is not a JSON object.');
  }
  const list = value as Record<string, unknown>;
  if (!Array.isArray(list.deny)) throw new FeedError('malformed', 'The polkadot-js list has no "deny" array.');
  const platforms = new Set<string>();
  if (Array.isArray(list.allow)) {
    for (const entry of list.allow) {
      if (typeof entry === 'string') platforms.add(entry.trim().toLowerCase().replace(/^\*\./, ''));
    }
  }
  for (const entry of list.deny) {
    if (typeof entry !== 'string' || platforms.has(entry.trim().toLowerCase())) sink.skip(entry);
    else sink.add(entry);
  }
  if (Array.isArray(list.denySub)) for (const entry of list.denySub) sink.skip(entry);
}
