/**
 * npm run bench [-- --json] [-- --only engine|blocklist|page]
 * Runs every benchmark and prints its figures: a table for people, or one JSON line a figure
 * ({"metric", "value", "unit"}) with --json.
 */
import type { BenchMetric } from './bench/metric.ts';

const SUITES: Record<string, () => Promise<{ run: () => Promise<BenchMetric[]> }>> = {
  engine: () => import('./bench/engine.ts'),
  blocklist: () => import('./bench/blocklist.ts'),
  page: () => import('./bench/page.ts'),
};

const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;

for (const [name, load] of Object.entries(SUITES)) {
  if (only && only !== name) continue;
  const metrics = await (await load()).run();
  for (const metric of metrics) {
    if (json) console.log(JSON.stringify(metric));
    else console.log(`${metric.metric.padEnd(36)} ${String(Math.round(metric.value * 1000) / 1000).padStart(14)} ${metric.unit}`);
  }
}
