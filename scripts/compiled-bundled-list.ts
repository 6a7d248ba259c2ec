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
/** The day the list's data was gathered, from its header, for the options page (entrypoints/background/bundled-facts.ts). */
export const BUNDLED_LIST_DATE_PATH = 'lists/bundled-date.json';
const BUNDLED_TEXT_PATH = 'lists/bundled.txt';
const BUNDLED_LIST = resolve(import.meta.dirname, '../public', BUNDLED_TEXT_PATH);

export function compiledBundledList(listText: string): ArrayBuffer {
  const { entries, skipped } = parseHostList(listText, BUNDLED_LIST_NAME);
  if (skipped > 0) throw new Error(`public/lists/bundled.txt has ${skipped} invalid lines (rebuild it with npm run build:list)`);
  return compileListedHosts(entries);
}

/** The day scripts/build-bundled-list.ts made the list ("Made by ... on 2026-11-22"), as the header says. */
export function bundledListDate(listText: string): string {
  const day = /^# Made by .* on (\d{4}-\d{2}-\d{2}) /m.exec(listText.slice(0, 2_000))?.[1];
  if (!day) throw new Error('public/lists/bundled.txt has no "Made by ... on YYYY-MM-DD" header line (rebuild it with npm run build:list)');
  return day;
}

/**
 * WXT hook (build:publicAssets): compiles the list into WXT's work folder and ships it in place of
 * the text, which nothing in the extension reads (2 MB less to download and install).
 */
export function addCompiledBundledList(wxtDir: string, files: ResolvedPublicFile[]): void {
  const absoluteSrc = resolve(wxtDir, COMPILED_BUNDLED_LIST_PATH);
  mkdirSync(dirname(absoluteSrc), { recursive: true });
  const listText = readFileSync(BUNDLED_LIST, 'utf8');
  writeFileSync(absoluteSrc, new Uint8Array(compiledBundledList(listText)));
  const dateSrc = resolve(wxtDir, BUNDLED_LIST_DATE_PATH);
  writeFileSync(dateSrc, JSON.stringify({ madeOn: bundledListDate(listText) }));
  const text = files.findIndex((file) => file.relativeDest === BUNDLED_TEXT_PATH);
  if (text !== -1) files.splice(text, 1);
  files.push({ absoluteSrc, relativeDest: COMPILED_BUNDLED_LIST_PATH }, { absoluteSrc: dateSrc, relativeDest: BUNDLED_LIST_DATE_PATH });
}
