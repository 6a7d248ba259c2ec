/**
 * What the page check costs, as people pay it:
 *  - page.content_script_gz_kb: the content script every tab loads (a fresh build, gzipped);
 *  - page.first_check_ms: the first page after the worker wakes, snapshot to verdict, in a fresh process
 *    each time (the engine's module loaded, its packs checked and its matcher built, then one page judged);
 *  - page.first_check_prepared_ms: the same page when the worker readied the engine as the page opened
 *    (entrypoints/background/page-engine.ts): the module loaded and prepareEngine() run before the clock starts.
 * Called by scripts/bench.ts. The in-browser figures (script time and heap per tab) are `npm run bench:browser`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { snapshotFromHtml } from '../parse-html.ts';
import { median, type BenchMetric } from './metric.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FRESH_PROCESSES = 7;

function contentScriptGzipKb(dir: string): number {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, WXT_OUT_DIR: dir }, stdio: 'ignore' });
  const script = readFileSync(join(dir, 'chrome-mv3', 'content-scripts', 'scan.js'));
  return gzipSync(script, { level: 9 }).length / 1024;
}

/** The child: load the engine (and ready it, when told), judge one snapshot, print the milliseconds from start to verdict. */
const CHILD = `
let start = performance.now();
const { evaluatePage, prepareEngine } = await import(process.argv[2]);
const snapshot = JSON.parse(await (await import('node:fs/promises')).readFile(process.argv[3], 'utf8'));
if (process.argv[4] === 'prepared') {
  prepareEngine();
  start = performance.now();
}
const verdict = evaluatePage(snapshot);
console.log(JSON.stringify({ ms: performance.now() - start, level: verdict.level }));
`;

/** Both first-check figures, from the same bundle and page, their fresh processes interleaved: [cold, prepared]. */
async function firstCheckMs(dir: string): Promise<[number, number]> {
  // The engine as one bundle, as the worker carries it (no TypeScript compiled at run time).
  const engine = join(dir, 'engine.mjs');
  await build({ entryPoints: [resolve(ROOT, 'rules/engine/index.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile: engine, logLevel: 'silent' });
  const html = readFileSync(resolve(ROOT, 'tests/fixtures/html/scam-broker-it.html'), 'utf8');
  const snapshotFile = join(dir, 'snapshot.json');
  writeFileSync(snapshotFile, JSON.stringify(snapshotFromHtml(html, 'https://www.aurea-capital-trading.com/')));
  const child = join(dir, 'first-check.mjs');
  writeFileSync(child, CHILD);
  const sample = (mode: 'cold' | 'prepared'): number => {
    const result = spawnSync(process.execPath, [child, engine, snapshotFile, mode], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`first-check process failed: ${result.stderr}`);
    const { ms, level } = JSON.parse(result.stdout) as { ms: number; level: string };
    if (level === 'ok') throw new Error('the scam fixture was judged OK: the bench would time the wrong path');
    return ms;
  };
  const cold: number[] = [];
  const prepared: number[] = [];
  for (let i = 0; i < FRESH_PROCESSES; i++) {
    cold.push(sample('cold'));
    prepared.push(sample('prepared'));
  }
  return [median(cold), median(prepared)];
}

export async function run(): Promise<BenchMetric[]> {
  const dir = mkdtempSync(join(tmpdir(), 'scam-sentinel-bench-page-'));
  try {
    const contentScript = contentScriptGzipKb(dir);
    const [cold, prepared] = await firstCheckMs(dir);
    return [
      { metric: 'page.content_script_gz_kb', value: contentScript, unit: 'KiB' },
      { metric: 'page.first_check_ms', value: cold, unit: 'ms' },
      { metric: 'page.first_check_prepared_ms', value: prepared, unit: 'ms' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
