import { getPublicSuffix } from 'tldts';
import type { GateInput } from '../feeds/gate.ts';
import { registrableDomain } from '../hosts/normalize.ts';

/**
 * The false-positive gate of rules/feeds/gate.ts, made fast enough for million-entry feeds
 * downloaded in the browser: that one asks the public-suffix list for every entry (about 5 s
 * for 1M entries on these machines); this one does a few Set lookups per entry (about 0.3 s).
 *
 * Same rule, checked by tests/unit/background-feeds/suffix-gate.test.ts against gateHosts:
 * an entry is dropped when it or one of its parents is a protected name (popular or known
 * legitimate), or when a protected name lies under it. The public-suffix work is done once, on
 * the protected names: a protected name that is itself a public suffix (github.io, blogspot.com
 * in the Tranco list) protects nothing, exactly as in gateHosts. One difference, on the safe
 * side: gateHosts drops a parent of a protected name only when it is a whole registrable domain,
 * this gate drops any parent (an entry "shop.example.com" would block the protected
 * "www.shop.example.com" all the same).
 */
export interface SuffixGateResult {
  kept: string[];
  dropped: number;
}

const SUFFIX_OPTIONS = { allowPrivateDomains: true } as const;

class SuffixGate {
  private readonly protectedNames = new Set<string>();
  private readonly parents = new Set<string>();

  constructor(input: GateInput) {
    for (const name of [...input.allow, ...input.tranco]) {
      if (getPublicSuffix(name, SUFFIX_OPTIONS) === name || this.protectedNames.has(name)) continue;
      this.protectedNames.add(name);
      for (let dot = name.indexOf('.'); dot !== -1; dot = name.indexOf('.', dot + 1)) {
        const parent = name.slice(dot + 1);
        if (!parent.includes('.') || getPublicSuffix(parent, SUFFIX_OPTIONS) === parent) break;
        this.parents.add(parent);
      }
    }
  }

  blocks(host: string): boolean {
    if (this.parents.has(host)) return false;
    for (let current = host; ; ) {
      // A hit counts only down to the entry's registrable domain: "x.s3.amazonaws.com" is not under
      // the protected "amazonaws.com", since s3.amazonaws.com is a public suffix. Hits are rare, so
      // the public-suffix lookup runs only for them.
      if (this.protectedNames.has(current) && current.length >= (registrableDomain(host)?.length ?? Infinity)) return false;
      const dot = current.indexOf('.');
      if (dot === -1) return true;
      current = current.slice(dot + 1);
    }
  }
}

const gates = new WeakMap<GateInput, SuffixGate>();

/** Gates normal, listable hosts (parser output). Built once per input object, then reused. */
export function suffixGate(hosts: readonly string[], input: GateInput): SuffixGateResult {
  let gate = gates.get(input);
  if (gate === undefined) {
    gate = new SuffixGate(input);
    gates.set(input, gate);
  }
  const kept = hosts.filter((host) => gate.blocks(host));
  return { kept, dropped: hosts.length - kept.length };
}
