import { candidateDomains, normalizeHost, registrableDomain } from './normalize.ts';

/**
 * The false-positive gate: popular and known-legitimate sites must never be blocked. Every list
 * passes it before use: the bundled list at build time (scripts/build-bundled-list.ts) and each
 * downloaded feed in the browser (entrypoints/background/feeds/sync.ts).
 *
 * An entry E is dropped when blocking it could block a protected name P, that is when
 *  - E or one of its parents (down to E's registrable domain) is protected: E is P or lies under P
 *    (a phishing "docs.google.com" entry must not block Google), or
 *  - E is a parent of a protected name, at any level down to P's registrable domain (an entry
 *    "example.com" or "shop.example.com" would block "www.shop.example.com").
 * A protected name that is itself a public suffix (github.io, blogspot.com in the Tranco list)
 * protects nothing beyond itself: "scam.github.io" is a site of its own. Because a host is blocked
 * exactly when one of its candidateDomains() is listed, no protected name, nor anything under it,
 * is matched by a gated list.
 *
 * Speed: a feed can have a million entries, and asking the public-suffix list (tldts) for each
 * costs about 5 s. So the public-suffix work is done once, on the protected names; an entry costs
 * a few Map lookups found by walking its dots, and its registrable domain is computed only on a
 * hit, which is rare. Before those lookups, a bit table of (length, last characters) of every
 * protected name and parent turns away almost every entry for a few character reads: the Map
 * lookups would first hash each fresh name in full, which costs more than the rest of the gate.
 * A name in either Map always has its bit set, so the answer is exactly the Maps' answer.
 */
interface GateResult {
  kept: string[];
  dropped: { host: string; reason: string }[];
}

export interface ProtectedNames {
  /** name → why it is protected, e.g. "Tranco top 50k" or "allowlist: Phantom" */
  reasonByName: Map<string, string>;
  /** every parent (down to the registrable domain) of a protected name → that name */
  protectedChildByParent: Map<string, string>;
  /** one bit per tailKey() of every name in both Maps: an entry none of whose keys is set is in neither */
  tails: Uint32Array;
}

/** Build once per set of sources and reuse: this is where the public-suffix work happens. */
export function buildProtectedNames(sources: { reason: string; names: Iterable<string> }[]): ProtectedNames {
  const reasonByName = new Map<string, string>();
  const protectedChildByParent = new Map<string, string>();
  for (const { reason, names } of sources) {
    for (const raw of names) {
      const name = normalizeHost(raw);
      if (name === null || reasonByName.has(name)) continue;
      reasonByName.set(name, reason);
      // A public suffix has no candidate domains, so it gets no parents here.
      for (const parent of candidateDomains(name)) {
        if (parent !== name && !protectedChildByParent.has(parent)) protectedChildByParent.set(parent, name);
      }
    }
  }
  const tails = new Uint32Array(TAIL_WORDS);
  for (const name of [...reasonByName.keys(), ...protectedChildByParent.keys()]) {
    const key = tailKey(name, 0);
    tails[key >>> 5]! |= 1 << (key & 31);
  }
  return { reasonByName, protectedChildByParent, tails };
}

/** 2^21 bits (256 KiB): the 50,000 popular sites and their parents set about 2 % of them. */
const TAIL_BITS = 21;
const TAIL_WORDS = 2 ** (TAIL_BITS - 5);
const TAIL_CHARS = 8;

/** A TAIL_BITS-bit key of name[start..]: its length and its last TAIL_CHARS characters (those a parent shares with the name). */
function tailKey(name: string, start: number): number {
  let hash = Math.imul(name.length - start, 0x9e3779b1);
  for (let i = Math.max(start, name.length - TAIL_CHARS); i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 15;
  return Math.imul(hash, 0x85ebca6b) >>> (32 - TAIL_BITS);
}

/** Whether the host, or one of its parents that still has a dot, may be a key of either Map. */
function mayBeProtected(host: string, tails: Uint32Array): boolean {
  for (let start = 0; ; ) {
    const key = tailKey(host, start);
    if ((tails[key >>> 5]! & (1 << (key & 31))) !== 0) return true;
    const dot = host.indexOf('.', start);
    if (dot === -1 || host.indexOf('.', dot + 1) === -1) return false;
    start = dot + 1;
  }
}

/** Why an entry (a normal host) must not be listed, or null when it may be. */
export function gateReason(host: string, names: ProtectedNames): string | null {
  if (!mayBeProtected(host, names.tails)) return null;
  // The host, then each parent that still has a dot (a bare top-level label is never protected).
  for (let start = 0; ; ) {
    const current = start === 0 ? host : host.slice(start);
    const reason = names.reasonByName.get(current);
    if (reason !== undefined) {
      if (start === 0) return reason;
      // A parent counts only down to the entry's registrable domain: "x.s3.amazonaws.com" is not
      // under the protected "amazonaws.com", since s3.amazonaws.com is a public suffix. Every
      // further parent is shorter still, so the walk ends here either way.
      const domain = registrableDomain(host);
      if (domain !== null && current.length >= domain.length) return `under ${current} (${reason})`;
      break;
    }
    const dot = host.indexOf('.', start);
    if (dot === -1 || host.indexOf('.', dot + 1) === -1) break;
    start = dot + 1;
  }
  const child = names.protectedChildByParent.get(host);
  return child === undefined ? null : `parent of ${child} (${names.reasonByName.get(child)})`;
}

/** Entries must be normal hosts (normalizeHost or a feed parser's output). */
export function gateHosts(hosts: Iterable<string>, names: ProtectedNames): GateResult {
  const result: GateResult = { kept: [], dropped: [] };
  for (const host of hosts) {
    const reason = gateReason(host, names);
    if (reason === null) result.kept.push(host);
    else result.dropped.push({ host, reason });
  }
  return result;
}
