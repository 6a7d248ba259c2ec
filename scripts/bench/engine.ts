/**
 * Engine speed over every corpus page (shared corpus + fixtures): median and p95 ms per page, and the
 * ratio to the single-pass floor (lower-casing plus one regex sweep over the same text).
 * Called by scripts/bench.ts; each page is timed as the median of several runs to tame timer noise.
 */
import { evaluatePage } from '../../rules/engine/index.ts';
import { MAX_TEXT_CHARS } from '../../rules/snapshot.ts';
import { loadFixturePages, loadSharedCorpus } from '../eval/corpus.ts';
import { median, percentile, type BenchMetric } from './metric.ts';

const RUNS_PER_PAGE = 7;
const WARMUP_ROUNDS = 3;
// The floor's "one regex sweep": a single global pass that visits every word of the text.
const FLOOR_SWEEP = /[a-z0-9%]+/g;

function singlePass(text: string): number {
  const lower = text.slice(0, MAX_TEXT_CHARS).toLowerCase();
  let count = 0;
  FLOOR_SWEEP.lastIndex = 0;
  while (FLOOR_SWEEP.exec(lower) !== null) count++;
  return count;
}

function timeMedian(fn: () => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < RUNS_PER_PAGE; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export async function run(): Promise<BenchMetric[]> {
  const pages = [...loadSharedCorpus(), ...loadFixturePages()].map((p) => p.snapshot);
  for (let round = 0; round < WARMUP_ROUNDS; round++) {
    for (const page of pages) {
      evaluatePage(page);
      singlePass(`${page.title}\n${page.text}`);
    }
  }
  const engineMs = pages.map((page) => timeMedian(() => evaluatePage(page)));
  const floorMs = pages.map((page) => timeMedian(() => singlePass(`${page.title}\n${page.text}`)));
  const engineTotal = engineMs.reduce((a, b) => a + b, 0);
  const floorTotal = floorMs.reduce((a, b) => a + b, 0);
  return [
    { metric: 'engine.page_median_ms', value: round3(median(engineMs)), unit: 'ms' },
    { metric: 'engine.page_p95_ms', value: round3(percentile(engineMs, 95)), unit: 'ms' },
    { metric: 'engine.vs_single_pass_ratio', value: round3(engineTotal / floorTotal), unit: 'x' },
  ];
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;
