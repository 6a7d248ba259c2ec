import { candidateDomains, registrableDomain } from '../hosts/normalize.ts';

export type GateReason = 'allow' | 'tranco' | 'not-listable';

export interface GateDrop {
  host: string;
  reason: GateReason;
  /** The allow or Tranco name that caused the drop ("" for not-listable). */
  matched: string;
}

export interface GateInput {
  /** Popular sites (Tranco top 50k), normal names. */
  tranco: ReadonlySet<string>;
  /** Known legitimate sites (built-in allowlist and the like), normal names. */
  allow: ReadonlySet<string>;
}

/**
 * The false-positive gate every blocklist passes before use (bundled list, default feeds):
 * an entry is dropped when it, or a parent of it down to its registrable domain, is a popular
 * (Tranco) or known-legitimate (allow) site, and also when the entry is a whole registrable
 * domain under which such a site lives (blocking example.com would block www.example.com).
 * Entries must be normal hosts (parser output). Pure: the caller decides what to do with drops.
 */
export function gateHosts(hosts: Iterable<string>, input: GateInput): { kept: string[]; dropped: GateDrop[] } {
  const allowDomains = registrableIndex(input.allow);
  const trancoDomains = registrableIndex(input.tranco);
  const kept: string[] = [];
  const dropped: GateDrop[] = [];
  for (const host of hosts) {
    const candidates = candidateDomains(host);
    if (candidates.length === 0) {
      dropped.push({ host, reason: 'not-listable', matched: '' });
      continue;
    }
    const isWholeDomain = candidates.length === 1;
    const allowed = findIn(candidates, input.allow) ?? (isWholeDomain ? allowDomains.get(host) : undefined);
    if (allowed !== undefined) {
      dropped.push({ host, reason: 'allow', matched: allowed });
      continue;
    }
    const popular = findIn(candidates, input.tranco) ?? (isWholeDomain ? trancoDomains.get(host) : undefined);
    if (popular !== undefined) {
      dropped.push({ host, reason: 'tranco', matched: popular });
      continue;
    }
    kept.push(host);
  }
  return { kept, dropped };
}

function findIn(candidates: string[], names: ReadonlySet<string>): string | undefined {
  return candidates.find((name) => names.has(name));
}

const indexCache = new WeakMap<ReadonlySet<string>, Map<string, string>>();

/** registrable domain → one name of the set under it; built once per set object. */
function registrableIndex(names: ReadonlySet<string>): Map<string, string> {
  let index = indexCache.get(names);
  if (index === undefined) {
    index = new Map();
    for (const name of names) {
      const domain = registrableDomain(name);
      if (domain !== null && !index.has(domain)) index.set(domain, name);
    }
    indexCache.set(names, index);
  }
  return index;
}
