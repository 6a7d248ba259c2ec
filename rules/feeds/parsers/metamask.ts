import type { EntrySink } from '../entry-sink.ts';
import { FeedError } from '../errors.ts';

/**
 * MetaMask eth-phishing-detect config.json. Both the legacy keys (blacklist, whitelist) and
 * the current ones (blocklist, allowlist) are read. The fuzzylist names legitimate sites that
 * phishers imitate; it is neither a block nor an allow list for exact matching, so it is ignored.
 */
export function parseMetamaskConfig(value: unknown, sink: EntrySink): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new FeedError('malformed', 'The MetaMask list is not a JSON object.');
  }
  const config = value as Record<string, unknown>;
  const block = [config.blacklist, config.blocklist];
  const allow = [config.whitelist, config.allowlist];
  if (![...block, ...allow].some(Array.isArray)) {
    throw new FeedError('malformed', 'The MetaMask list has no blacklist or whitelist.');
  }
  for (const list of block) addStrings(list, sink, 'block');
  for (const list of allow) addStrings(list, sink, 'allow');
}

function addStrings(list: unknown, sink: EntrySink, role: 'block' | 'allow'): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) throw new FeedError('malformed', 'A MetaMask list field is not an array.');
  for (const entry of list) {
    if (typeof entry === 'string') sink.add(entry, role);
    else sink.skip(entry);
  }
}
