/**
 * `npm run eval`: measures the engine on EVERY labelled page (../shared/corpus/real, the older shared
 * corpus, tests/fixtures/pages) under leave-one-source-group-out: each kit, site or written page is judged
 * by scoring fitted without it (scripts/fit/fit.ts). Prints recall over all scam pages per kind, language
 * and source, honest pages flagged, each floor with its margin, and exits non-zero when a floor is missed
 * or a piece of eval material (corpus, fixtures, lookalike module) is missing. `--verbose` prints every
 * page; `--no-lookalike` skips the Tranco-wide lookalike eval while calibrating (and says so).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadAllPages, REPO_ROOT } from './eval/corpus.ts';
import { collectAll, floors, formatTally, scoreLoso, tallyBy, type FloorCheck, type Scored } from './eval/report.ts';

const verbose = process.argv.includes('--verbose');
const skipLookalike = process.argv.includes('--no-lookalike');

function describe(s: Scored): string {
  const signals = [...(s.evidence?.signals ?? [])].sort((a, b) => b.weight - a.weight).slice(0, 5);
  const top = signals.map((sig) => `${sig.id}(${Math.round(sig.weight * 100) / 100})`).join(' ');
  const aw = s.evidence ? ` aw=${s.evidence.context.awareness}` : '';
  return `${s.page.id} [${s.page.group} ${s.page.kind}/${s.page.lang}, ${s.page.snapshot.text.length} chars]${aw} ${top}`;
}

function printTallies(title: string, tallies: Map<string, { total: number; flagged: number }>): void {
  console.log(title);
  for (const [key, t] of tallies) console.log(`  ${key.padEnd(34)} ${formatTally(t)}`);
}

function printReport(scored: Scored[]): void {
  const scams = scored.filter((s) => s.page.label === 'scam');
  const legit = scored.filter((s) => s.page.label === 'legit');
  const groups = new Set(scored.map((s) => s.page.group)).size;
  console.log(`== all labelled pages, leave-one-source-group-out (${scored.length} pages, ${groups} source groups) ==`);
  printTallies('scam pages flagged, per source:', tallyBy(scams, (s) => s.page.source.replace(/\.jsonl$/, '')));
  printTallies('scam pages flagged, per kind:', tallyBy(scams, (s) => s.page.kind));
  printTallies('scam pages flagged, per language:', tallyBy(scams, (s) => s.page.lang));
  printTallies('honest pages flagged, per source:', tallyBy(legit, (s) => s.page.source.replace(/\.jsonl$/, '')));
  printTallies('honest pages flagged, per language:', tallyBy(legit, (s) => s.page.lang));
  const missed = scams.filter((s) => !s.flagged);
  if (missed.length > 0) console.log('missed scam pages:');
  for (const s of missed) console.log(`  ${describe(s)}`);
  const flagged = legit.filter((s) => s.flagged);
  if (flagged.length > 0) console.log('flagged honest pages:');
  for (const s of flagged) console.log(`  ${describe(s)}`);
  const uncertain = scored.filter((s) => s.page.label === 'uncertain');
  if (uncertain.length > 0) console.log('uncertain pages (not counted):');
  for (const s of uncertain) console.log(`  ${s.flagged ? 'flagged' : 'ok'} ${describe(s)}`);
  if (verbose) for (const s of scored) console.log(`  * ${s.page.label} ${s.flagged ? 'FLAGGED' : 'ok'} ${describe(s)}`);
}

async function lookalikeChecks(): Promise<FloorCheck[]> {
  if (skipLookalike) {
    console.log('\n== lookalike domains ==\n  skipped (--no-lookalike): the eval is incomplete.');
    return [{ name: 'lookalike eval ran', ok: false, detail: 'skipped with --no-lookalike' }];
  }
  const file = path.join(REPO_ROOT, 'scripts', 'eval-lookalike.ts');
  const mod = existsSync(file)
    ? ((await import(file)) as { runLookalikeEval?: () => Promise<{ trancoRuleFlags: number; exceptions: string[]; blocklistImitators: number; recall: number }> })
    : {};
  if (typeof mod.runLookalikeEval !== 'function') {
    return [{ name: 'lookalike eval ran', ok: false, detail: 'scripts/eval-lookalike.ts or its runLookalikeEval is missing' }];
  }
  console.log('\n== lookalike domains (scripts/eval-lookalike.ts) ==');
  let result: Awaited<ReturnType<typeof mod.runLookalikeEval>>;
  try {
    result = await mod.runLookalikeEval();
  } catch (error) {
    return [{ name: 'lookalike eval ran', ok: false, detail: (error as Error).message }];
  }
  console.log(`  Tranco top-50k flagged: ${result.exceptions.length} (by the rules alone, before the popular-site exception: ${result.trancoRuleFlags})`);
  for (const domain of result.exceptions) console.log(`    UNEXPECTED: ${domain}`);
  console.log(`  recall on ${result.blocklistImitators} blocklisted hosts imitating a protected brand: ${(result.recall * 100).toFixed(1)}%`);
  return [{ name: 'lookalike: no Tranco top-50k flag beyond documented exceptions', ok: result.exceptions.length === 0, detail: `${result.exceptions.length} unexpected` }];
}

async function main(): Promise<number> {
  let scored: Scored[];
  try {
    scored = scoreLoso(collectAll(loadAllPages()));
  } catch (error) {
    console.error(`eval cannot run: ${(error as Error).message}`);
    return 1;
  }
  printReport(scored);
  const checks = [...floors(scored), ...(await lookalikeChecks())];
  console.log('\n== floors ==');
  for (const c of checks) console.log(`  ${c.ok ? 'PASS' : 'FAIL'}  ${c.name}: ${c.detail}`);
  return checks.every((c) => c.ok) ? 0 : 1;
}

process.exitCode = await main();
