/**
 * Blocklist at scale, through the extension's own code:
 * - sync: a generated 1,000,000-hostname feed is downloaded from a local HTTP server by the real
 *   sync (entrypoints/background/feeds/sync.ts: download, parse, the false-positive gate with its
 *   protected names built from the shipped popular sites, compile, the two-step IndexedDB write
 *   through idb + fake-indexeddb), then the names for the browser's blocking rules are read back
 *   and filtered as blocklist.ts does before installing them. The browser's own rule install
 *   (declarativeNetRequest) is not in Node, so not in this figure.
 * - wake: a fresh Node process (cold code, like a woken worker) with the 1M set stored in
 *   IndexedDB (fake-indexeddb: IndexedDB in Node) and the compiled bundled list as built, timed
 *   from reading the stored bytes to the first verdict.
 * - lookups: what a page visit pays, host and parent names checked: mostly unlisted hosts shaped
 *   like real page hosts (the popular sites, most with "www." or another subdomain), some listed
 *   hosts and subdomains of listed hosts; each host taken from its address by normalizeHost, as
 *   findListing does, so it is a fresh string like the one a lookup gets in the extension. The
 *   same queries are run against eth-phishing-detect (MetaMask's detector, exact lists, fuzzy
 *   matching off) holding the same 1M list.
 * Called by scripts/bench.ts; also runnable alone: node --import tsx scripts/bench/blocklist.ts
 */
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FeedStore } from '../../entrypoints/background/feeds/store.ts';
import { syncFeed } from '../../entrypoints/background/feeds/sync.ts';
import { BUILTIN_ALLOW } from '../../rules/feeds/builtin-allow.ts';
import type { HostLookup } from '../../rules/feeds/compact-set.ts';
import { compileFeed } from '../../rules/feeds/compile.ts';
import { createEffectiveList } from '../../rules/feeds/effective.ts';
import { NameSet } from '../../rules/feeds/name-set.ts';
import { parseFeed } from '../../rules/feeds/parse.ts';
import { CompiledHostList } from '../../rules/hosts/compiled-list.ts';
import { buildProtectedNames, gateHosts } from '../../rules/hosts/gate.ts';
import { normalizeHost } from '../../rules/hosts/normalize.ts';
import { parsePopularSites } from '../../rules/hosts/popular.ts';
import { compiledBundledList } from '../compiled-bundled-list.ts';
import { median, type BenchMetric } from './metric.ts';

const ENTRIES = 1_000_000;
const QUERIES = 200_000;
const ROUNDS = 5;
/** Fresh processes timed for the wake figure (each one wake). */
const WAKES = 5;
/** eth-phishing-detect scans its whole list per query (~10 ms at 1M), so it gets a sample. */
const ETH_QUERIES = 200;
const POPULAR_SITES = new URL('../../public/lists/popular-sites.txt', import.meta.url);
const BUNDLED_LIST = new URL('../../public/lists/bundled.txt', import.meta.url);

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

function uniqueHosts(count: number, seed: number): string[] {
  const generate = hostGenerator(seed);
  const out = new Set<string>();
  while (out.size < count) out.add(generate());
  return [...out];
}

/** Subdomains of the popular sites in page addresses: "www." most often, the bare name next. */
const PAGE_SUBDOMAINS = ['www', 'www', 'www', 'www', '', '', '', 'm', 'en', 'mail', 'app', 'docs', 'news', 'shop', 'login', 'support', 'accounts', 'blog'];

/**
 * A browsing-like mix: 90% unlisted hosts like real page hosts (the popular sites and their
 * subdomains, which walk all their parents), 5% listed hosts, 5% subdomains of listed hosts.
 * Each host comes out of its page address through normalizeHost, as in findListing.
 */
function queryMix(listed: readonly string[], popular: readonly string[]): string[] {
  const next = random(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const queries: string[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const roll = next();
    let host: string;
    if (roll < 0.05) host = pick(listed);
    else if (roll < 0.1) host = `${pick(SUBDOMAINS)}.${pick(listed)}`;
    else {
      const sub = pick(PAGE_SUBDOMAINS);
      host = sub === '' ? pick(popular) : `${sub}.${pick(popular)}`;
    }
    queries.push(normalizeHost(`https://${host}/`)!);
  }
  return queries;
}

function timed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

/** The protected names of the false-positive gate, as feeds/gate-input.ts builds them once per worker. */
function protectedNames() {
  return buildProtectedNames([
    { reason: 'popular site', names: parsePopularSites(readFileSync(POPULAR_SITES, 'utf8')) },
    { reason: 'built-in allowlist', names: BUILTIN_ALLOW },
  ]);
}

async function serve(body: string): Promise<{ url: string; close: () => void }> {
  const bytes = Buffer.from(body);
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/plain', 'content-length': bytes.length }).end(bytes));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.txt`, close: () => server.close() };
}

/** The names the browser's dynamic blocking rules get, read back from the store and filtered as blocklist.ts does. */
function ruleData(ruleNames: string, set: HostLookup): number {
  const allowed = new NameSet(BUILTIN_ALLOW);
  const block = ruleNames.split('\n').filter((name) => name !== '' && (allowed.lookup(name) === null || set.lookup(name) !== null));
  return block.length;
}

async function fullSync(body: string): Promise<{ ms: number; store: FeedStore; setKey: string; entries: number }> {
  const server = await serve(body);
  const store = await FeedStore.open(`bench-feeds-${Date.now()}`);
  await store.addFeed({ id: 'bench', url: server.url, name: 'Bench feed', enabled: true, origin: 'user', addedAt: 0, active: null, status: { failures: 0 } });
  const start = performance.now();
  let gate: ReturnType<typeof protectedNames> | undefined;
  const outcome = await syncFeed('bench', { store, gate: async () => (gate ??= protectedNames()) });
  if (outcome.kind !== 'updated') throw new Error(`sync: ${JSON.stringify(outcome)}`);
  const active = (await store.getFeed('bench'))!.active!;
  const set = (await store.openSet(active.setKey))!;
  await set.loadAll();
  if (ruleData((await store.loadRuleNames(active.setKey))!, set) === 0) throw new Error('no rule names');
  const ms = performance.now() - start;
  server.close();
  return { ms, store, setKey: active.setKey, entries: outcome.entries };
}

/** This process's CPU time in ms: pure computation, so a busy machine's other programs do not count. */
function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * Lookups per second of CPU time (on an idle machine the same as per second of wall-clock time;
 * on a shared one the wall clock also counts the time other programs ran).
 */
function lookupsPerSecond(set: HostLookup, queries: readonly string[]): { rate: number; hits: number } {
  let hits = 0;
  for (const query of queries) if (set.lookup(query) !== null) hits++; // warm-up round
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = cpuMs();
    for (const query of queries) set.lookup(query);
    rates.push(queries.length / ((cpuMs() - start) / 1000));
  }
  return { rate: median(rates), hits };
}

interface EthDetector {
  check(domain: string): { result: boolean };
}

function compareWithEthPhishingDetect(hosts: string[], set: HostLookup, queries: readonly string[]) {
  const require = createRequire(import.meta.url);
  const PhishingDetector = require('eth-phishing-detect/src/detector') as new (config: object) => EthDetector;
  const detector = new PhishingDetector({ blacklist: hosts, whitelist: [], fuzzylist: [], tolerance: 0 });
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
  return { ratio: ours / theirs, theirs };
}

/**
 * One worker wake, in this (fresh) process: the feed's set is put in IndexedDB first (untimed),
 * then the clock runs from reading the stored bytes (the compiled bundled list file and the
 * IndexedDB records: the set's index and the parts the address needs) to the answer for the first
 * address, as blocklist.ts does it.
 */
async function wakeOnce(dir: string): Promise<number> {
  const store = await FeedStore.open('wake');
  await store.addFeed({ id: 'feed', url: 'https://feeds.example/1m.txt', name: 'Feed', enabled: true, origin: 'user', addedAt: 0, active: null, status: { failures: 0 } });
  const setKey = await store.stageSet('feed', { block: new Uint8Array(readFileSync(join(dir, 'feed.bin'))).buffer, ruleNames: '' });
  await store.activateSet('feed', { setKey, entries: ENTRIES, skipped: 0, droppedByGate: 0, format: 'hostnames', fetchedAt: 0, bytes: 0, ruleNames: 0 }, { failures: 0 });
  store.close();
  const probe = readFileSync(join(dir, 'probe.txt'), 'utf8');

  const start = performance.now();
  const [bundledBytes, reopened] = await Promise.all([
    readBytes(join(dir, 'bundled.bin')),
    FeedStore.open('wake'),
  ]);
  const bundled = CompiledHostList.fromArrayBuffer(bundledBytes);
  const feeds = (await reopened.listFeeds()).filter((feed) => feed.enabled && feed.active !== null);
  const sets = await Promise.all(
    feeds.map(async (feed) => {
      const set = (await reopened.openSet(feed.active!.setKey))!;
      await set.prepare([probe]);
      return { id: feed.id, set };
    }),
  );
  const effective = createEffectiveList({
    feeds: [{ id: 'bundled', set: { lookup: (host) => bundled.match(host)?.matched ?? null } }, ...sets],
    builtinAllow: BUILTIN_ALLOW,
    userTrusted: [],
    userBlocked: [],
  });
  const verdict = effective.check(probe);
  const ms = performance.now() - start;
  if (!verdict.listed) throw new Error(`the wake did not find ${probe}`);
  return ms;
}

async function readBytes(path: string): Promise<ArrayBuffer> {
  const bytes = await readFile(path);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** Runs `WAKES` fresh processes, each timing one wake. */
function wakeTimes(setBuffer: ArrayBuffer, probe: string): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'bench-wake-'));
  writeFileSync(join(dir, 'feed.bin'), new Uint8Array(setBuffer));
  writeFileSync(join(dir, 'bundled.bin'), new Uint8Array(compiledBundledList(readFileSync(BUNDLED_LIST, 'utf8'))));
  writeFileSync(join(dir, 'probe.txt'), probe);
  const self = fileURLToPath(import.meta.url);
  return Array.from({ length: WAKES }, () => Number(execFileSync(process.execPath, ['--import', 'tsx', self, '--wake', dir], { encoding: 'utf8' }).trim()));
}

export async function run(): Promise<BenchMetric[]> {
  const hosts = uniqueHosts(ENTRIES, 1);
  const body = hosts.join('\n');

  // The steps of a sync, one by one, for the breakdown.
  const [parsed, parseMs] = timed(() => parseFeed(body));
  const [names, protectedMs] = timed(protectedNames);
  const [, gateMs] = timed(() => gateHosts(parsed.block, names));
  const [compiled, compileMs] = timed(() => compileFeed(parsed));
  if (compiled.entries !== ENTRIES) throw new Error(`compiled ${compiled.entries} of ${ENTRIES} hosts`);

  const sync = await fullSync(body);
  const stored = (await sync.store.openSet(sync.setKey))!;
  await stored.loadAll();

  const listed = new Set(hosts);
  const popular = parsePopularSites(readFileSync(POPULAR_SITES, 'utf8')).filter((name) => !listed.has(name));
  const queries = queryMix(hosts, popular);
  const { rate, hits } = lookupsPerSecond(stored, queries);
  if (hits < QUERIES * 0.09 || hits > QUERIES * 0.11) throw new Error(`unexpected hit count ${hits}`);
  const eth = compareWithEthPhishingDetect(hosts, stored, queries);
  const wakes = wakeTimes(compiled.set.toArrayBuffer(), `login.${hosts[ENTRIES - 1]}`);

  return [
    { metric: 'worker.wake_to_verdict_ms', value: round(median(wakes)), unit: 'ms' },
    { metric: 'blocklist.sync_1m_ms', value: round(sync.ms), unit: 'ms' },
    { metric: 'blocklist.parse_1m_ms', value: round(parseMs), unit: 'ms' },
    { metric: 'blocklist.gate_protected_names_ms', value: round(protectedMs), unit: 'ms' },
    { metric: 'blocklist.gate_1m_ms', value: round(gateMs), unit: 'ms' },
    { metric: 'blocklist.compile_1m_ms', value: round(compileMs), unit: 'ms' },
    { metric: 'blocklist.lookups_per_s', value: Math.round(rate), unit: 'lookups/s' },
    { metric: 'blocklist.bytes_per_entry', value: round(stored.byteLength / stored.size), unit: 'B' },
    { metric: 'blocklist.vs_eth_phishing_detect', value: Math.round(eth.ratio), unit: 'x' },
    { metric: 'blocklist.eth_phishing_detect_lookups_per_s', value: round(eth.theirs), unit: 'lookups/s' },
  ];
}

const round = (n: number) => Math.round(n * 100) / 100;

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const wake = process.argv.indexOf('--wake');
  if (wake !== -1) console.log(await wakeOnce(process.argv[wake + 1]!));
  else for (const metric of await run()) console.log(JSON.stringify(metric));
}
