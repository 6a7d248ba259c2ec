/**
 * Compiles the bundled list (public/lists/bundled.txt) into a static declarativeNetRequest ruleset
 * at build time (Chromium). The browser enables a static ruleset as it installs the extension, so a
 * bundled-list site is replaced by the warning page from the first second, before the worker has run.
 * A static rule cannot name the extension's own id (not known at build time), so it redirects to the
 * warning page by path, without the blocked address; the worker recovers that address from the tab's
 * navigation (entrypoints/background/blockers/blocked-navigations.ts).
 * Wired into every `wxt build` by wxt.config.ts; the list text stays the one source of truth.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ResolvedPublicFile } from 'wxt';
import { blockRulesFor, BUNDLED_RULESET_ID, WARNING_PAGE_PATH } from '../rules/blocking/dnr-rules.ts';
import { parseHostList } from '../rules/hosts/host-list.ts';

export { BUNDLED_RULESET_ID };
export const BUNDLED_RULESET_PATH = 'rules/bundled.json';
const BUNDLED_LIST = resolve(import.meta.dirname, '../public/lists/bundled.txt');

export function bundledRuleset(listText: string): string {
  const names = [...new Set(parseHostList(listText, 'bundled').entries.map((entry) => entry.host))];
  return JSON.stringify(blockRulesFor(names, { extensionPath: WARNING_PAGE_PATH }));
}

/** WXT hook (build:publicAssets): adds the compiled ruleset to the Chromium build's files. */
export function addBundledRuleset(browser: string, files: ResolvedPublicFile[]): void {
  if (browser === 'firefox') return;
  files.push({ relativeDest: BUNDLED_RULESET_PATH, contents: bundledRuleset(readFileSync(BUNDLED_LIST, 'utf8')) });
}
