import { CompactHostSet } from './compact-set.ts';
import { NameSet } from './name-set.ts';
import type { ParsedFeed } from './types.ts';

interface CompiledFeed {
  set: CompactHostSet;
  /** Distinct hosts in the set. */
  entries: number;
  /** Block entries dropped because the same feed allows them or a parent of them. */
  excludedByOwnAllow: number;
}

/**
 * Turns a parsed feed into its compact set. A feed's own allow list (MetaMask's whitelist,
 * the signed feed's `allow`) only cancels that feed's own entries: it is applied here, and
 * never trusted to override other feeds.
 */
export function compileFeed(parsed: ParsedFeed, options: { seed?: number } = {}): CompiledFeed {
  let hosts = parsed.block;
  if (parsed.allow.length > 0) {
    const allow = new NameSet(parsed.allow);
    hosts = hosts.filter((host) => allow.lookup(host) === null);
  }
  const set = CompactHostSet.fromHosts(hosts, options);
  return { set, entries: set.size, excludedByOwnAllow: parsed.block.length - hosts.length };
}
