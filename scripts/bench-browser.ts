/**
 * `npm run bench:browser [-- --rounds N] [-- --only pages|sync|code-cost] [-- --against DIR]...`: what the extension costs a page in real Chromium. Ten real pages of
 * ../shared/corpus/real (test data, served on 127.0.0.1, never copied) are loaded in three browsers with the same
 * flags, one with the built extension (.output/chrome-mv3), one without any and one with the blocking-rules floor (an
 * extension with one static blocking rule and nothing else: bench/floor-extension.ts), interleaved page by page and
 * round by round (the order flips every round). Per page: the main thread's script time (CDP Performance metrics,
 * ScriptDuration, which includes the content script), the JS heap after a garbage collection, and the load event;
 * the figures are the medians of the with-minus-without differences, over all ten pages and over the five honest
 * ones (no banner: what an ordinary page pays), and the same for the floor (`browser.floor.*`). Then the time from "Update now" on a 1M-name feed until its rules
 * are in place (bench/browser-sync.ts), and with that feed in place the time from a stopped worker's start to its
 * first verdict (bench/browser-wake.ts; medians of five wakes, and the same for a worker that does nothing else). Prints one JSON line a figure with --json.
 * `--against DIR` loads another build (its chrome-mv3 folder) in a browser of its own, in the same rotation, and prints
 * its page figures too (`browser.against.*`): an A/B in the same minutes on a machine whose load changes. Given
 * more than once, each build gets a browser of its own (`browser.against2.*`, and so on).
 * `--only code-cost` measures what code in a worker costs at a wake instead (measureCodeCost).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { IDLE_TIMEOUT_MS } from '../entrypoints/scan.content/schedule.ts';
import { BENCH_FEED_NAMES, benchFeedName, measureBrowserSync } from './bench/browser-sync.ts';
import { measureBrowserWake, SCAM_HOST } from './bench/browser-wake.ts';
import { writeBlockingRulesFloor, writeCarryingFloor, writeFloorExtension, writeStoredNamesFloor } from './bench/floor-extension.ts';
import { median, type BenchMetric } from './bench/metric.ts';

const ROOT = resolve(import.meta.dirname, '..');
const REAL = resolve(ROOT, '../shared/corpus/real');
const EXTENSION = resolve(ROOT, process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PAGES = 10;
/**
 * After the load event: room for the check to run before the figures are read, even on a page that keeps the
 * browser busy until the idle callback's timeout, and for the answer (and a banner) to arrive.
 */
const SETTLE_MS = IDLE_TIMEOUT_MS + 1_000;

const args = process.argv.slice(2);
const json = args.includes('--json');
const roundsIndex = args.indexOf('--rounds');
const ROUNDS = roundsIndex >= 0 ? Number(args[roundsIndex + 1]) : 3;
/** Every `--against DIR`, in order. */
const AGAINST = args.flatMap((arg, i) => (arg === '--against' ? [resolve(args[i + 1]!)] : []));
const onlyIndex = args.indexOf('--only');
/** One part alone: the page figures, or the 1M-name feed sync (each the same measure as in a full run), or code-cost. */
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;

interface RealPage {
  id: string;
  file: string;
  label: string;
}

/** Ten pages in id order, scam and honest alternately, the larger ones first (the check has work to do). */
function pickPages(): RealPage[] {
  const all = readFileSync(resolve(REAL, 'manifest.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as RealPage)
    .filter((page) => readFileSync(resolve(REAL, page.file)).length > 4_000);
  const scam = all.filter((page) => page.label === 'scam');
  const legit = all.filter((page) => page.label !== 'scam');
  return Array.from({ length: PAGES }, (_, i) => (i % 2 === 0 ? scam : legit)[Math.floor(i / 2)]!).filter(Boolean);
}

async function launch(extension: string | null): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'scam-sentinel-bench-browser-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : ['--disable-extensions']),
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--disable-quic', '--host-resolver-rules=MAP * 127.0.0.1',
    ],
  });
  if (extension && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 30_000 });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface Sample {
  scriptMs: number;
  heapBytes: number;
  loadMs: number;
}

async function measure(context: BrowserContext, url: string): Promise<Sample> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  const before = await metrics(cdp);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  await cdp.send('HeapProfiler.collectGarbage');
  const after = await metrics(cdp);
  const loadMs = await page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return nav ? nav.loadEventStart - nav.startTime : Number.NaN;
  });
  await cdp.detach();
  await page.close();
  return { scriptMs: ((after.ScriptDuration ?? 0) - (before.ScriptDuration ?? 0)) * 1000, heapBytes: after.JSHeapUsedSize ?? 0, loadMs };
}

async function metrics(cdp: { send: (method: 'Performance.getMetrics') => Promise<{ metrics: { name: string; value: number }[] }> }) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map(({ name, value }) => [name, value])) as Record<string, number>;
}

async function main(): Promise<void> {
  const figures: BenchMetric[] = [];
  if (only === 'code-cost') figures.push(...(await measureCodeCost()));
  else {
    if (only !== 'sync') figures.push(...(await measurePages()));
    // Last, so the page figures are not measured beside a 1M-name list in the worker.
    if (only !== 'pages') figures.push(...(await measureSync()));
  }
  for (const metric of figures) {
    if (json) console.log(JSON.stringify(metric));
    else console.log(`${metric.metric.padEnd(44)} ${String(Math.round(metric.value * 1000) / 1000).padStart(14)} ${metric.unit}`);
  }
}

async function measurePages(): Promise<BenchMetric[]> {
  const pages = pickPages();
  const server = createServer((req, res) => {
    const id = (req.headers.host ?? '').split('.')[0]!.replace(/-round\d+$/, '');
    const page = pages.find((p) => p.id === id);
    if (!page || req.url !== '/') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(readFileSync(resolve(REAL, page.file)));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  // Last, the floor of any extension that blocks with the browser's rules (bench/floor-extension.ts).
  const floor = writeBlockingRulesFloor();
  const builds = [EXTENSION, ...AGAINST, floor];
  const withExt = await Promise.all(builds.map((dir) => launch(dir)));
  const without = await launch(null);
  const differences = builds.map(() => new Map<string, Differences>());
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const page of pages) {
        // Each visit on a site of its own, as a person's tabs of different sites are: no site memory or cache
        // carries over between rounds, and the page gets a renderer process of its own. Pages of one site share
        // a process and its script heap: a banner's code, compiled on a flagged page, would be counted again on
        // every later page of that process.
        const url = `http://${page.id}-round${round}.test:${port}/`;
        // The browser without the extension first in one round, last in the next.
        const order = round % 2 === 0 ? [without, ...withExt] : [...withExt].reverse().concat(without);
        const samples = new Map<(typeof order)[number], Sample>();
        for (const browser of order) samples.set(browser, await measure(browser.context, url));
        const base = samples.get(without)!;
        withExt.forEach((browser, i) => {
          const a = samples.get(browser)!;
          const d = differences[i]!.get(page.id) ?? { honest: page.label !== 'scam', script: [], heap: [], load: [] };
          d.script.push(a.scriptMs - base.scriptMs);
          d.heap.push(a.heapBytes - base.heapBytes);
          d.load.push(a.loadMs - base.loadMs);
          differences[i]!.set(page.id, d);
        });
      }
    }
  } finally {
    for (const browser of withExt) await browser.close();
    await without.close();
    server.close();
    rmSync(floor, { recursive: true, force: true });
  }
  if (!json) console.log(`${pages.length} pages × ${ROUNDS} rounds, with and without the extension, interleaved`);
  return builds.flatMap((dir, i) => {
    const isFloor = dir === floor;
    if (!json) console.log(isFloor ? 'the blocking-rules floor' : dir);
    return pageFigures(differences[i]!, i === 0 ? 'browser' : isFloor ? 'browser.floor' : `browser.against${i === 1 ? '' : i}`);
  });
}

interface Differences {
  honest: boolean;
  script: number[];
  heap: number[];
  load: number[];
}

function pageFigures(differences: Map<string, Differences>, prefix: string): BenchMetric[] {
  for (const [id, d] of differences) {
    if (!json) console.log(`  ${id}${d.honest ? ' (honest)' : ''}: script ${median(d.script).toFixed(1)} ms, heap ${(median(d.heap) / 2 ** 20).toFixed(2)} MiB, load ${median(d.load).toFixed(0)} ms`);
  }
  const perPage = [...differences.values()];
  const honest = perPage.filter((d) => d.honest);
  return [
    { metric: `${prefix}.extra_script_median_ms`, value: median(perPage.map((d) => median(d.script))), unit: 'ms' },
    { metric: `${prefix}.extra_script_honest_median_ms`, value: median(honest.map((d) => median(d.script))), unit: 'ms' },
    { metric: `${prefix}.extra_heap_median_mib`, value: median(perPage.map((d) => median(d.heap))) / 2 ** 20, unit: 'MiB' },
    { metric: `${prefix}.load_event_delta_median_ms`, value: median(perPage.map((d) => median(d.load))), unit: 'ms' },
  ];
}

/**
 * In a browser of its own, so the figures are the same whether the pages ran before or not: the 1M-name sync, then
 * worker wakes with that feed in place (bench/browser-wake.ts), on the feed's last name (beyond its blocking rules).
 */
async function measureSync(): Promise<BenchMetric[]> {
  const listed = benchFeedName(BENCH_FEED_NAMES - 1);
  const figures = await inBrowserWith(EXTENSION, async (context, origin) => [
    await measureBrowserSync(context, origin),
    ...(await measureBrowserWake(context, origin, listed)),
  ]);
  const floor = writeFloorExtension(listed, SCAM_HOST);
  const storedFloor = writeStoredNamesFloor(listed, SCAM_HOST);
  try {
    figures.push(...(await inBrowserWith(floor, (context, origin) => measureBrowserWake(context, origin, listed, 'browser.floor'))));
    figures.push(
      ...(await inBrowserWith(storedFloor, async (context, origin) => {
        await context.serviceWorkers()[0]!.evaluate(() => (self as unknown as { floorFilled: Promise<void> }).floorFilled);
        return measureBrowserWake(context, origin, listed, 'browser.floor_stored');
      })),
    );
  } finally {
    rmSync(floor, { recursive: true, force: true });
    rmSync(storedFloor, { recursive: true, force: true });
  }
  return figures;
}

/**
 * What code in a worker costs at a wake, whether it runs or not: the wake floor against the same floor carrying the
 * built worker (never run) in its own script, and in a script stored at install (bench/floor-extension.ts). ROUNDS
 * rounds, the three floors in turn, each in a browser of its own; each figure is the median of the rounds' medians.
 */
async function measureCodeCost(): Promise<BenchMetric[]> {
  const code = readFileSync(resolve(EXTENSION, 'background.js'), 'utf8');
  // The floors send the tab on by name alone, with no list: any name served here does.
  const listed = 'code-cost-listed-site.net';
  const floors: [string, () => string][] = [
    ['browser.floor', () => writeFloorExtension(listed, SCAM_HOST)],
    ['browser.floor_code_in_script', () => writeCarryingFloor(listed, SCAM_HOST, code, 'in-script')],
    ['browser.floor_code_stored', () => writeCarryingFloor(listed, SCAM_HOST, code, 'stored-at-install')],
  ];
  const redirects = new Map<string, number[]>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const [prefix, write] of floors) {
      const floor = write();
      try {
        const figures = await inBrowserWith(floor, (context, origin) => measureBrowserWake(context, origin, listed, prefix));
        const metric = `${prefix}.wake_to_redirect_ms`;
        redirects.set(metric, [...(redirects.get(metric) ?? []), figures.find((figure) => figure.metric === metric)!.value]);
      } finally {
        rmSync(floor, { recursive: true, force: true });
      }
    }
  }
  return [...redirects].map(([metric, values]) => ({ metric, value: median(values), unit: 'ms' }));
}

/** Runs `measure` in a browser of its own with `extension` loaded, given the extension's origin. */
async function inBrowserWith(extension: string, measure: (context: BrowserContext, origin: string) => Promise<BenchMetric[]>): Promise<BenchMetric[]> {
  const browser = await launch(extension);
  try {
    const worker = browser.context.serviceWorkers()[0]!;
    // A worker stopped before its first start has ended (its install event: a floor that stores a script then takes
    // a while) may never be woken by the events it was about to listen to.
    await worker.evaluate(async () => {
      const { registration } = self as unknown as { registration: { active: unknown } };
      while (!registration.active) await new Promise((resolve) => setTimeout(resolve, 20));
    });
    // chrome-extension://ID (Node's URL gives such addresses no origin).
    return await measure(browser.context, worker.url().split('/').slice(0, 3).join('/'));
  } finally {
    await browser.close();
  }
}

await main();
