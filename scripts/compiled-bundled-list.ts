/**
 * Compiles the bundled list (public/lists/bundled.txt, the committed source of truth) into the
 * binary the worker loads at wake (rules/hosts/compiled-list.ts): no per-name parsing in the
 * browser. Wired into every `wxt build` (both browsers) by wxt.config.ts's build:publicAssets hook.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ResolvedPublicFile } from 'wxt';
import { compileListedHosts } from '../rules/hosts/compiled-list.ts';
import { parseHostList } from '../rules/hosts/host-list.ts';

/** Where the worker fetches it (entrypoints/background/blocklist.ts). */
export const COMPILED_BUNDLED_LIST_PATH = 'lists/bundled.bin';
export const BUNDLED_LIST_NAME = 'Scam Sentinel bundled list';
const BUNDLED_TEXT_PATH = 'lists/bundled.txt';
const BUNDLED_LIST = resolve(import.meta.dirname, '../public', BUNDLED_TEXT_PATH);

export function compiledBundledList(listText: string): ArrayBuffer {
  const { entries, skipped } = parseHostList(listText, BUNDLED_LIST_NAME);
  if (skipped > 0) throw new Error(`public/lists/bundled.txt has ${skipped} invalid lines (rebuild it with npm run build:list)`);
  return compileListedHosts(entries);
}

/**
 * WXT hook (build:publicAssets): compiles the list into WXT's work folder and ships it in place of
 * the text, which nothing in the extension reads (2 MB less to download and install).
 */
export function addCompiledBundledList(wxtDir: string, files: ResolvedPublicFile[]): void {
  const absoluteSrc = resolve(wxtDir, COMPILED_BUNDLED_LIST_PATH);
  mkdirSync(dirname(absoluteSrc), { recursive: true });
  writeFileSync(absoluteSrc, new Uint8Array(compiledBundledList(readFileSync(BUNDLED_LIST, 'utf8'))));
  const text = files.findIndex((file) => file.relativeDest === BUNDLED_TEXT_PATH);
  if (text !== -1) files.splice(text, 1);
  files.push({ absoluteSrc, relativeDest: COMPILED_BUNDLED_LIST_PATH });
}
