/**
 * Lookalike-domain evaluation.
 *  1. False positives: every Tranco top-50k domain is run through the lookalike detector as the extension
 *     runs it (with the popular-site exception of the shipped public/lists/popular-sites.txt); any flag
 *     not in the documented exceptions (rules/brands/lookalike-exceptions.ts) fails the run. How many the
 *     rules flag WITHOUT the popular-site exception is reported too: that is the rules' own precision.
 *  2. Recall: over the hosts of the crypto blocklists in ../shared/corpus/lists (polkadot-js deny,
 *     MetaMask eth-phishing-detect blacklist, Phantom blocklists, ScamSniffer domains), the ones that
 *     IMITATE a protected brand — defined independently of the detector, see `imitatedBrand` — and the
 *     fraction of those the detector flags.
 * Usage: node --import tsx scripts/eval-lookalike.ts   (exit code 1 on any unexpected Tranco flag)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { domainToUnicode } from 'node:url';
import { parse } from 'tldts';
import { BRANDS } from '../rules/brands/brands.ts';
import { LOOKALIKE_EXCEPTIONS } from '../rules/brands/lookalike-exceptions.ts';
import { isTrustedBrandHost } from '../rules/brands/official.ts';
import { findLookalike } from '../rules/engine/detectors/lookalike.ts';
import { normalizeHost, registrableDomain } from '../rules/hosts/normalize.ts';
import { isPopularHost, parsePopularSites } from '../rules/hosts/popular.ts';
import { readTranco, REPO_ROOT } from './shared-data.ts';

const LISTS = path.resolve(import.meta.dirname, '../../shared/corpus/lists');

export interface LookalikeEvalResult {
  /** Tranco top-50k domains the rules flag on their own, before the popular-site exception (reported). */
  trancoRuleFlags: number;
  /** Tranco domains flagged as the extension runs the check, not covered by a documented exception (must be empty). */
  exceptions: string[];
  /** Blocklisted hosts that imitate a protected brand (by the independent definition). */
  blocklistImitators: number;
  /** Fraction of those the detector flags. */
  recall: number;
  /** Recall split by the imitated form: a distinctive label ("binance") or an ordinary word ("ledger"). */
  recallByForm: { distinctive: number; ordinary: number };
}

/** The popular sites the extension ships (public/lists/popular-sites.txt). */
export function readPopularSites(): ReadonlySet<string> {
  return new Set(parsePopularSites(readFileSync(path.join(REPO_ROOT, 'public/lists/popular-sites.txt'), 'utf8')));
}

/** The detector as the extension runs it on a page of this host. */
export function lookalikeAsShipped(host: string, popular: ReadonlySet<string>) {
  return findLookalike(host, isPopularHost(host, popular));
}

function yamlUrls(file: string): string[] {
  return [...readFileSync(path.join(LISTS, file), 'utf8').matchAll(/^\s*- url: *(\S+)/gm)].map((m) => m[1]!);
}

/** Hosts of the brand-relevant crypto blocklists, normalised and de-duplicated. */
export function readBlocklistHosts(): string[] {
  const json = (file: string) => JSON.parse(readFileSync(path.join(LISTS, file), 'utf8')) as unknown;
  const polkadot = json('polkadot-js-phishing/all.json') as { deny: string[] };
  const metamask = json('metamask-eth-phishing-detect-npm/config.json') as { blacklist: string[] };
  const scamsniffer = json('scamsniffer-scam-database/domains.json') as string[];
  const raw = [
    ...polkadot.deny,
    ...metamask.blacklist,
    ...scamsniffer,
    ...yamlUrls('phantom-blocklist/blocklist.yaml'),
    ...yamlUrls('phantom-blocklist/eth-blocklist.yaml'),
  ];
  const hosts = new Set<string>();
  for (const entry of raw) {
    const host = normalizeHost(entry);
    if (host !== null) hosts.add(host);
  }
  return [...hosts];
}

// The independent definition of "imitates": the registrable label (IDN decoded by Node, hyphens removed)
// CONTAINS one of a brand's domain-label forms of 5+ letters, or is within plain Levenshtein distance 1
// (2 for 9+ letters) of one. No homoglyph folding, no phishing-word lists: nothing the detector uses.
const DISTINCTIVE_FORMS = new Set(BRANDS.flatMap((b) => b.labels));
const IMITATION_FORMS = [...new Set(BRANDS.flatMap((b) => [...b.labels, ...(b.weak ?? [])]))].filter((f) => f.length >= 5);

/** Plain Levenshtein distance, giving up (returning max + 1) once every cell of a row exceeds max. */
function levenshteinWithin(a: string, b: string, max: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

export function imitatedBrand(host: string): string | null {
  if (isTrustedBrandHost(host)) return null;
  const label = parse(host, { allowPrivateDomains: true }).domainWithoutSuffix?.split('.').pop();
  if (!label) return null;
  const text = domainToUnicode(`${label}.com`).slice(0, -4).replace(/-/g, '');
  for (const form of IMITATION_FORMS) {
    if (text.includes(form)) return form;
    const max = form.length >= 9 ? 2 : 1;
    if (Math.abs(text.length - form.length) <= max && levenshteinWithin(text, form, max) <= max) return form;
  }
  return null;
}

export async function runLookalikeEval(): Promise<LookalikeEvalResult> {
  const excepted = new Set(LOOKALIKE_EXCEPTIONS.map((e) => e.domain));
  const popular = readPopularSites();
  const flagged: string[] = [];
  let ruleFlags = 0;
  for (const domain of readTranco()) {
    const host = normalizeHost(domain);
    if (host === null || findLookalike(host) === null) continue;
    ruleFlags++;
    if (lookalikeAsShipped(host, popular) !== null) flagged.push(domain);
  }
  // Exceptions make a host trusted, so anything flagged here is NOT covered by one.
  const unexpected = flagged.filter((d) => !excepted.has(registrableDomain(d) ?? d));

  const count = { distinctive: [0, 0], ordinary: [0, 0] };
  for (const host of readBlocklistHosts()) {
    const form = imitatedBrand(host);
    if (form === null) continue;
    const bucket = DISTINCTIVE_FORMS.has(form) ? count.distinctive : count.ordinary;
    bucket[0]!++;
    if (lookalikeAsShipped(host, popular) !== null) bucket[1]!++;
  }
  const imitators = count.distinctive[0]! + count.ordinary[0]!;
  const caught = count.distinctive[1]! + count.ordinary[1]!;
  const ratio = ([all, hit]: number[]) => (all === 0 ? 0 : hit! / all!);
  return {
    trancoRuleFlags: ruleFlags,
    exceptions: unexpected,
    blocklistImitators: imitators,
    recall: imitators === 0 ? 0 : caught / imitators,
    recallByForm: { distinctive: ratio(count.distinctive), ordinary: ratio(count.ordinary) },
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const result = await runLookalikeEval();
  console.log(`Tranco top-50k domains flagged: ${result.exceptions.length} (by the rules alone, before the popular-site exception: ${result.trancoRuleFlags}; documented exceptions: ${LOOKALIKE_EXCEPTIONS.length})`);
  for (const domain of result.exceptions) console.log(`  UNEXPECTED: ${domain}`);
  console.log(`Blocklisted hosts imitating a protected brand: ${result.blocklistImitators}`);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(`Lookalike recall on them: ${pct(result.recall)} (distinctive names ${pct(result.recallByForm.distinctive)}, ordinary-word names ${pct(result.recallByForm.ordinary)})`);
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
  process.exitCode = result.exceptions.length > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) void main();
