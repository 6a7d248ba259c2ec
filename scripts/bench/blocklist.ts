/**
 * Blocklist at scale: a generated 1,000,000-hostname feed goes through the real pipeline
 * (parse the text body, the false-positive gate, compile, store one IndexedDB record through
 * idb + fake-indexeddb), then is loaded from its ArrayBuffer and queried with a realistic mix of
 * listed hosts, subdomains of listed hosts and unlisted hosts. The same queries are run against
 * eth-phishing-detect (MetaMask's detector, exact lists, fuzzy matching off) holding the same 1M list.
 * Called by scripts/bench.ts; also runnable alone: node --import tsx scripts/bench/blocklist.ts
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { openDB } from 'idb';
import { BUILTIN_ALLOW } from '../../rules/feeds/builtin-allow.ts';
import { CompactHostSet } from '../../rules/feeds/compact-set.ts';
import { compileFeed } from '../../rules/feeds/compile.ts';
import { parseFeed } from '../../rules/feeds/parse.ts';
import { buildProtectedNames, gateHosts } from '../../rules/hosts/gate.ts';
import { median, type BenchMetric } from './metric.ts';

const ENTRIES = 1_000_000;
const QUERIES = 200_000;
const ROUNDS = 5;
/** eth-phishing-detect scans its whole list per query (~10 ms at 1M), so it gets a sample. */
const ETH_QUERIES = 200;

// Deterministic PRNG (mulberry32), so every run measures the same data.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'bit coin crypto trade trading invest capital profit wallet secure verify claim airdrop mint swap defi ' +
  'finance fx forex broker asset global prime smart meta chain block token yield stake pool gold fund ' +
  'pro max elite royal apex nova quantum alpha vault ledger bridge connect sync support help recover ' +
  'binance coinbase uniswap opensea metamask trust phantom kraken exodus ether solana tron ripple'
).split(' ');
const TLDS = ['com', 'com', 'com', 'net', 'org', 'xyz', 'top', 'online', 'site', 'io', 'co', 'app', 'live', 'pro', 'vip', 'cc', 'co.uk', 'com.br', 'pages.dev', 'vercel.app'];
const SUBDOMAINS = ['www', 'app', 'login', 'secure', 'wallet', 'claim', 'm', 'api'];

function hostGenerator(seed: number): () => string {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const syllable = () => 'bcdfghjklmnprstvz'[Math.floor(next() * 17)]! + 'aeiou'[Math.floor(next() * 5)]!;
  return () => {
    const roll = next();
    let name: string;
    if (roll < 0.35) name = `${pick(WORDS)}${pick(WORDS)}${Math.floor(next() * 1000)}`;
    else if (roll < 0.6) name = `${pick(WORDS)}-${pick(WORDS)}-${syllable()}${syllable()}`;
    else if (roll < 0.85) name = `${syllable()}${syllable()}${syllable()}${pick(WORDS)}${Math.floor(next() * 100)}`;
    else name = `${Array.from({ length: 10 + Math.floor(next() * 20) }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(next() * 36)]).join('')}`;
    const host = `${name}.${pick(TLDS)}`;
    return next() < 0.15 ? `${pick(SUBDOMAINS)}.${host}` : host;
  };
}

function uniqueHosts(count: number, seed: number, exclude?: ReadonlySet<string>): string[] {
  const generate = hostGenerator(seed);
  const out = new Set<string>();
  while (out.size < count) {
    const host = generate();
    if (exclude === undefined || !exclude.has(host)) out.add(host);
  }
  return [...out];
}

/** A browsing-like mix: 25% listed hosts, 25% subdomains of listed hosts, 50% unlisted hosts. */
function queryMix(listed: readonly string[], unlisted: readonly string[]): string[] {
  const next = random(7);
  const queries: string[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const roll = next();
    const host = listed[Math.floor(next() * listed.length)]!;
    if (roll < 0.25) queries.push(host);
    else if (roll < 0.5) queries.push(`${SUBDOMAINS[i % SUBDOMAINS.length]}.${host}`);
    else queries.push(unlisted[Math.floor(next() * unlisted.length)]!);
  }
  return queries;
}

function timed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

async function storeRecord(buffer: ArrayBuffer, entries: number): Promise<number> {
  const start = performance.now();
  const db = await openDB('bench-feeds', 1, { upgrade: (d) => d.createObjectStore('feeds', { keyPath: 'id' }) });
  await db.put('feeds', { id: 'bench', buffer, entries, updatedAt: Date.now() });
  db.close();
  return performance.now() - start;
}

function lookupsPerSecond(set: CompactHostSet, queries: readonly string[]): { rate: number; hits: number } {
  let hits = 0;
  for (const query of queries) if (set.lookup(query) !== null) hits++; // warm-up round
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const [, ms] = timed(() => {
      for (const query of queries) set.lookup(query);
    });
    rates.push(queries.length / (ms / 1000));
  }
  return { rate: median(rates), hits };
}

interface EthDetector {
  check(domain: string): { result: boolean };
}

function compareWithEthPhishingDetect(hosts: string[], set: CompactHostSet, queries: readonly string[]) {
  const require = createRequire(import.meta.url);
  const PhishingDetector = require('eth-phishing-detect/src/detector') as new (config: object) => EthDetector;
  const [detector, constructMs] = timed(() => new PhishingDetector({ blacklist: hosts, whitelist: [], fuzzylist: [], tolerance: 0 }));
  const sample = queries.filter((_, i) => i % Math.floor(queries.length / ETH_QUERIES) === 0).slice(0, ETH_QUERIES);
  const [theirHits, theirMs] = timed(() => sample.filter((query) => detector.check(query).result).length);
  // Ours on the very same sample, repeated so the clock can see it.
  const repeat = 2000;
  let ourHits = 0;
  const [, ourMs] = timed(() => {
    for (let r = 0; r < repeat; r++) for (const query of sample) if (set.lookup(query) !== null && r === 0) ourHits++;
  });
  if (ourHits !== theirHits) throw new Error(`eth-phishing-detect found ${theirHits} of the sample, we found ${ourHits}`);
  const ours = (sample.length * repeat) / (ourMs / 1000);
  const theirs = sample.length / (theirMs / 1000);
  return { ratio: ours / theirs, theirs, constructMs };
}

/**
 * The false-positive gate a downloaded feed passes in the browser (feeds/sync.ts), with the same
 * protected names: the shipped popular sites (Tranco top 50k) and the built-in allowlist.
 */
function gateTimes(hosts: readonly string[]): { buildMs: number; gateMs: number } {
  const popular = readFileSync(new URL('../../public/lists/popular-sites.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'));
  const [names, buildMs] = timed(() =>
    buildProtectedNames([
      { reason: 'popular site', names: popular },
      { reason: 'built-in allowlist', names: BUILTIN_ALLOW },
    ]),
  );
  const [gated, gateMs] = timed(() => gateHosts(hosts, names));
  if (gated.kept.length + gated.dropped.length !== hosts.length) throw new Error('the gate lost entries');
  return { buildMs, gateMs };
}

function memoryNow(): number {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

export async function run(): Promise<BenchMetric[]> {
  const hosts = uniqueHosts(ENTRIES, 1);
  const body = hosts.join('\n');

  const [parsed, parseMs] = timed(() => parseFeed(body));
  const gate = gateTimes(parsed.block);
  const [compiled, compileMs] = timed(() => compileFeed(parsed));
  const buffer = compiled.set.toArrayBuffer();
  const storeMs = await storeRecord(buffer, compiled.entries);
  if (compiled.entries !== ENTRIES) throw new Error(`compiled ${compiled.entries} of ${ENTRIES} hosts`);

  const loadMs: number[] = [];
  let loaded = compiled.set;
  for (let i = 0; i < ROUNDS; i++) {
    const copy = buffer.slice(0);
    const [set, ms] = timed(() => CompactHostSet.fromArrayBuffer(copy));
    loadMs.push(ms);
    loaded = set;
  }
  const before = memoryNow();
  const heapCopy = CompactHostSet.fromArrayBuffer(buffer.slice(0));
  const heapDelta = memoryNow() - before;

  const unlisted = uniqueHosts(100_000, 2, new Set(hosts));
  const queries = queryMix(hosts, unlisted);
  const { rate, hits } = lookupsPerSecond(loaded, queries);
  if (hits < QUERIES * 0.45 || hits > QUERIES * 0.55) throw new Error(`unexpected hit count ${hits}`);
  const eth = compareWithEthPhishingDetect(hosts, loaded, queries);

  return [
    { metric: 'blocklist.sync_1m_ms', value: round(parseMs + gate.gateMs + compileMs + storeMs), unit: 'ms' },
    { metric: 'blocklist.parse_1m_ms', value: round(parseMs), unit: 'ms' },
    { metric: 'blocklist.compile_1m_ms', value: round(compileMs), unit: 'ms' },
    { metric: 'blocklist.gate_1m_ms', value: round(gate.gateMs), unit: 'ms' },
    { metric: 'blocklist.gate_protected_names_ms', value: round(gate.buildMs), unit: 'ms' },
    { metric: 'blocklist.store_1m_ms', value: round(storeMs), unit: 'ms' },
    { metric: 'blocklist.cold_load_ms', value: round(loadMs[0]!), unit: 'ms' },
    { metric: 'blocklist.load_median_ms', value: round(median(loadMs)), unit: 'ms' },
    { metric: 'blocklist.lookups_per_s', value: Math.round(rate), unit: 'lookups/s' },
    { metric: 'blocklist.bytes_per_entry', value: round(buffer.byteLength / compiled.entries), unit: 'B' },
    { metric: 'blocklist.heap_bytes_per_entry', value: round(heapDelta / heapCopy.size), unit: 'B' },
    { metric: 'blocklist.vs_eth_phishing_detect', value: Math.round(eth.ratio), unit: 'x' },
    { metric: 'blocklist.eth_phishing_detect_lookups_per_s', value: round(eth.theirs), unit: 'lookups/s' },
  ];
}

const round = (n: number) => Math.round(n * 100) / 100;

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const metric of await run()) console.log(JSON.stringify(metric));
}
