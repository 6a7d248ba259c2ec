import { BUILTIN_ALLOW } from '@/rules/feeds';
import { buildProtectedNames, type ProtectedNames } from '@/rules/hosts/gate';
import { loadPopularSites } from '../popular-sites';

/**
 * The false-positive gate's protected names for feeds downloaded in the browser: the popular sites
 * (Tranco top 50k, shipped as public/lists/popular-sites.txt by npm run build:list) and the
 * built-in allowlist of legitimate crypto services. Built once per worker (the public-suffix work
 * on 50k names), then every sync reuses it. Should the file be unreadable, the built-in allowlist
 * still guards feed entries.
 */
export const POPULAR_SITE_REASON = 'popular site (Tranco top 50k)';
export const BUILTIN_ALLOW_REASON = 'built-in allowlist';

let cached: Promise<ProtectedNames> | null = null;

export function feedGateInput(): Promise<ProtectedNames> {
  cached ??= loadPopularSites().then((popular) => {
    if (popular === null) cached = null; // read the file again at the next sync
    return buildProtectedNames([
      { reason: POPULAR_SITE_REASON, names: popular ?? [] },
      { reason: BUILTIN_ALLOW_REASON, names: BUILTIN_ALLOW },
    ]);
  });
  return cached;
}
