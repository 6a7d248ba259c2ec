/**
 * `npm run eval`: measures the engine on the shared corpus and the multilingual fixtures, prints
 * recall per kind, false-positive rate per kind and per language, every uncertain page's verdict,
 * and exits non-zero when a floor of issue 3 fails. `--verbose` prints every page's verdict.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadFixturePages, loadSharedCorpus, REPO_ROOT } from './eval/corpus.ts';
import { fixtureFloors, formatTally, scorePages, sharedFloors, tallyBy, type FloorCheck, type Scored } from './eval/report.ts';

const verbose = process.argv.includes('--verbose');
/** `--no-lookalike` skips the (slow, Tranco-wide) lookalike-domain eval while calibrating phrase rules. */
const skipLookalike = process.argv.includes('--no-lookalike');

function describe(s: Scored): string {
  const top = s.verdict.signals.slice(0, 4).map((sig) => `${sig.id}(${sig.weight})`).join(' ');
  return `${s.page.id} [${s.page.kind}/${s.page.lang}, ${s.page.snapshot.text.length} chars] ${s.verdict.level} score=${s.verdict.score} ${top}`;
}

function printSection(title: string, scored: Scored[]): void {
  console.log(`\n== ${title} ==`);
  const scams = scored.filter((s) => s.page.label === 'scam');
  const legit = scored.filter((s) => s.page.label === 'legit');
  console.log('recall per kind (all lengths | >= 800 chars):');
  const longOnes = tallyBy(scams.filter((s) => s.page.snapshot.text.length >= 800), (s) => s.page.kind);
  for (const [kind, t] of tallyBy(scams, (s) => s.page.kind)) {
    const long = longOnes.get(kind);
    console.log(`  ${kind.padEnd(34)} ${formatTally(t).padEnd(18)} | ${long ? formatTally(long) : 'n/a'}`);
  }
  console.log('false positives per kind:');
  for (const [kind, t] of tallyBy(legit, (s) => s.page.kind)) console.log(`  ${kind.padEnd(34)} ${formatTally(t)}`);
  console.log('false positives per language:');
  console.log(`  ${[...tallyBy(legit, (s) => s.page.lang)].map(([l, t]) => `${l} ${t.flagged}/${t.total}`).join('  ')}`);
  const missed = scams.filter((s) => !s.flagged && s.page.snapshot.text.length >= 800);
  const flagged = legit.filter((s) => s.flagged);
  if (missed.length > 0) console.log('missed scam pages (>= 800 chars):');
  for (const s of missed) console.log(`  ${describe(s)}`);
  if (flagged.length > 0) console.log('flagged legit pages:');
  for (const s of flagged) console.log(`  ${describe(s)}`);
  const uncertain = scored.filter((s) => s.page.label === 'uncertain');
  if (uncertain.length > 0) console.log('uncertain pages:');
  for (const s of uncertain) console.log(`  ${describe(s)}`);
  if (verbose) for (const s of scored) console.log(`  * ${s.page.label} ${describe(s)}`);
}

async function lookalikeChecks(): Promise<FloorCheck[]> {
  const file = path.join(REPO_ROOT, 'scripts', 'eval-lookalike.ts');
  if (skipLookalike) return [];
  if (!existsSync(file)) {
    console.log('\n== lookalike domains ==\n  scripts/eval-lookalike.ts not present: lookalike figures not measured here.');
    return [];
  }
  const mod = (await import(file)) as {
    runLookalikeEval?: () => Promise<{ tranco10kFlags: number; exceptions: string[]; blocklistImitators: number; recall: number }>;
  };
  if (typeof mod.runLookalikeEval !== 'function') return [];
  console.log('\n== lookalike domains (scripts/eval-lookalike.ts) ==');
  const result = await mod.runLookalikeEval();
  console.log(`  Tranco top-10k flagged: ${result.tranco10kFlags}, unexpected (not documented exceptions): ${result.exceptions.length}`);
  for (const domain of result.exceptions) console.log(`    UNEXPECTED: ${domain}`);
  console.log(`  recall on ${result.blocklistImitators} blocklisted hosts imitating a protected brand: ${(result.recall * 100).toFixed(1)}%`);
  return [{ name: 'lookalike: no Tranco top-10k flag beyond documented exceptions', ok: result.exceptions.length === 0, detail: `${result.exceptions.length} unexpected` }];
}

async function main(): Promise<number> {
  const shared = scorePages(loadSharedCorpus());
  const fixtures = scorePages(loadFixturePages());
  printSection('shared corpus (../shared/corpus)', shared);
  if (fixtures.length > 0) printSection('fixtures (tests/fixtures/pages/*.jsonl)', fixtures);
  else console.log('\n== fixtures ==\n  no tests/fixtures/pages/*.jsonl found');
  const checks = [...sharedFloors(shared), ...fixtureFloors(fixtures), ...(await lookalikeChecks())];
  console.log('\n== floors ==');
  for (const c of checks) console.log(`  ${c.ok ? 'PASS' : 'FAIL'}  ${c.name}: ${c.detail}`);
  return checks.every((c) => c.ok) ? 0 : 1;
}

process.exitCode = await main();
