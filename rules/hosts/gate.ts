import { candidateDomains, normalizeHost } from './normalize.ts';

/**
 * The false-positive gate: popular and known-legitimate sites must never be blocked.
 *
 * An entry E is dropped when blocking it could block a protected name P, that is when
 *  - E or one of its parents (down to its registrable domain) is protected: E is P or lies under P
 *    (a phishing "docs.google.com" entry must not block Google), or
 *  - E is a parent of a protected name (an entry "example.com" would block "www.example.com").
 * Because a host is blocked exactly when one of its candidateDomains() is listed, this guarantees
 * that no protected name, nor anything under it, is matched by a gated list.
 */
export interface GateResult {
  kept: string[];
  dropped: { host: string; reason: string }[];
}

export interface ProtectedNames {
  /** name → why it is protected, e.g. "tranco top 50k" or "allowlist: phantom" */
  reasonByName: Map<string, string>;
  /** every parent (down to the registrable domain) of a protected name → that name */
  protectedChildByParent: Map<string, string>;
}

export function buildProtectedNames(sources: { reason: string; names: Iterable<string> }[]): ProtectedNames {
  const reasonByName = new Map<string, string>();
  const protectedChildByParent = new Map<string, string>();
  for (const { reason, names } of sources) {
    for (const raw of names) {
      const name = normalizeHost(raw);
      if (name === null || reasonByName.has(name)) continue;
      reasonByName.set(name, reason);
      for (const parent of candidateDomains(name)) {
        if (parent !== name && !protectedChildByParent.has(parent)) protectedChildByParent.set(parent, name);
      }
    }
  }
  return { reasonByName, protectedChildByParent };
}

/** Why an entry must not be listed, or null when it may be. */
export function gateReason(host: string, names: ProtectedNames): string | null {
  for (const candidate of candidateDomains(host)) {
    const reason = names.reasonByName.get(candidate);
    if (reason !== undefined) return candidate === host ? reason : `under ${candidate} (${reason})`;
  }
  const child = names.protectedChildByParent.get(host);
  return child === undefined ? null : `parent of ${child} (${names.reasonByName.get(child)})`;
}

export function gateHosts(hosts: Iterable<string>, names: ProtectedNames): GateResult {
  const result: GateResult = { kept: [], dropped: [] };
  for (const host of hosts) {
    const reason = gateReason(host, names);
    if (reason === null) result.kept.push(host);
    else result.dropped.push({ host, reason });
  }
  return result;
}
