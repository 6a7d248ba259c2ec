import { browser } from 'wxt/browser';
import { BUILTIN_ALLOW, type GateInput } from '@/rules/feeds';

/**
 * The false-positive gate's inputs for feeds downloaded in the browser: the built-in allowlist
 * of legitimate crypto services, and the popular sites (Tranco top 50k) when the build ships
 * them as public/lists/popular-sites.txt (one name a line). Without that file only the built-in
 * allowlist guards feed entries; the bundled list was gated against Tranco at build time.
 */
const POPULAR_SITES_PATH = '/lists/popular-sites.txt';

let cached: Promise<GateInput> | null = null;

export function feedGateInput(): Promise<GateInput> {
  cached ??= loadPopularSites().then((tranco) => ({ tranco, allow: new Set(BUILTIN_ALLOW) }));
  return cached;
}

async function loadPopularSites(): Promise<Set<string>> {
  try {
    const response = await fetch(browser.runtime.getURL(POPULAR_SITES_PATH as '/'));
    if (!response.ok) return new Set();
    const names = (await response.text()).split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
    return new Set(names);
  } catch {
    return new Set();
  }
}
