/**
 * Builds public/lists/bundled.txt from the permissively licensed blocklists in ../shared/corpus/lists,
 * through the false-positive gate (rules/hosts/gate.ts), and public/lists/popular-sites.txt, the
 * popular sites (Tranco top 50k) the same gate protects from feeds downloaded in the browser
 * (entrypoints/background/feeds/gate-input.ts). Run: npm run build:list
 * Both outputs are committed, so building the extension never needs ../shared.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildProtectedNames, gateHosts } from '../rules/hosts/gate.ts';
import { isListableHost, normalizeHost } from '../rules/hosts/normalize.ts';
import { parseTrancoCsv } from '../rules/feeds/tranco.ts';
import { REPO_ROOT, readAllowlists, readList, requireShared } from './shared-data.ts';

export const BUNDLED_LIST_PATH = resolve(REPO_ROOT, 'public/lists/bundled.txt');
export const POPULAR_SITES_PATH = resolve(REPO_ROOT, 'public/lists/popular-sites.txt');
export const POPULAR_SITES_SOURCE = 'sublime-static-files/tranco_top_50k.csv';

/** The Tranco top 50k, as normal names in rank order. */
export function readPopularSites(): string[] {
  requireShared();
  return [...parseTrancoCsv(readList(POPULAR_SITES_SOURCE))];
}

interface BundledSource {
  name: string;
  licence: string;
  origin: string;
  read: () => string[];
}

const yamlUrls = (file: string) => [...readList(file).matchAll(/^\s*-\s*url:\s*"?([^"\s]+)"?/gm)].map((m) => m[1]!);

/** Only MIT, Apache-2.0 or public-domain data is bundled; GPL lists are offered as subscriptions. */
export const BUNDLED_SOURCES: BundledSource[] = [
  {
    name: 'polkadot{.js} phishing list',
    licence: 'Apache-2.0',
    origin: 'github.com/polkadot-js/phishing (all.json, deny)',
    read: () => (JSON.parse(readList('polkadot-js-phishing/all.json')) as { deny: string[] }).deny,
  },
  {
    name: 'Phantom blocklist',
    licence: 'MIT',
    origin: 'github.com/phantom/blocklist (blocklist.yaml, eth-blocklist.yaml)',
    read: () => [...yamlUrls('phantom-blocklist/blocklist.yaml'), ...yamlUrls('phantom-blocklist/eth-blocklist.yaml')],
  },
  {
    name: 'EtherAddressLookup blacklist',
    licence: 'MIT',
    origin: 'github.com/409H/EtherAddressLookup (blacklist-domains.json)',
    read: () => JSON.parse(readList('etheraddresslookup/blacklist-domains.json')) as string[],
  },
];

export interface BundledListBuild {
  sections: { source: BundledSource; hosts: string[] }[];
  droppedByGate: number;
  invalid: number;
}

export function buildBundledList(): BundledListBuild {
  requireShared();
  const protectedNames = buildProtectedNames([{ reason: 'Tranco top 50k', names: readPopularSites() }, ...readAllowlists()]);
  const seen = new Set<string>();
  let droppedByGate = 0;
  let invalid = 0;
  const sections = BUNDLED_SOURCES.map((source) => {
    const fresh: string[] = [];
    for (const raw of source.read()) {
      const host = normalizeHost(raw);
      if (host === null || !isListableHost(host)) invalid += 1;
      else if (!seen.has(host)) {
        seen.add(host);
        fresh.push(host);
      }
    }
    const gated = gateHosts(fresh, protectedNames);
    droppedByGate += gated.dropped.length;
    return { source, hosts: gated.kept.sort() };
  });
  return { sections, droppedByGate, invalid };
}

export function renderBundledList(build: BundledListBuild, date: string): string {
  const total = build.sections.reduce((sum, s) => sum + s.hosts.length, 0);
  const lines = [
    '# Scam Sentinel bundled blocklist: one hostname a line; a listed name also covers its subdomains.',
    `# Made by scripts/build-bundled-list.ts (npm run build:list) on ${date} from ../shared/corpus/lists.`,
    `# ${total} entries. False-positive gate: ${build.droppedByGate} entries dropped because they are, contain or lie under`,
    '# a Tranco top-50k site or a legitimate-crypto allowlist entry; ' + `${build.invalid} invalid entries skipped.`,
  ];
  for (const { source, hosts } of build.sections) {
    lines.push(`# source: ${source.name}`, `# (${source.licence}, ${source.origin})`, ...hosts);
  }
  return `${lines.join('\n')}\n`;
}

export function renderPopularSites(names: readonly string[], date: string): string {
  const lines = [
    '# Scam Sentinel popular sites: one hostname a line. Feeds downloaded in the browser never block these',
    '# sites, anything under them or a parent of them (the false-positive gate, rules/hosts/gate.ts).',
    `# Made by scripts/build-bundled-list.ts (npm run build:list) on ${date} from ../shared/corpus/lists/${POPULAR_SITES_SOURCE}.`,
    `# Tranco top 50k via sublime-security/static-files (MIT). ${names.length} names, in rank order.`,
    ...names,
  ];
  return `${lines.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const date = new Date().toISOString().slice(0, 10);
  const build = buildBundledList();
  writeFileSync(BUNDLED_LIST_PATH, renderBundledList(build, date));
  const counts = build.sections.map((s) => `${s.source.name}: ${s.hosts.length}`).join(', ');
  console.log(`Wrote ${BUNDLED_LIST_PATH}: ${counts}; gate dropped ${build.droppedByGate}, invalid ${build.invalid}.`);
  const popular = readPopularSites();
  writeFileSync(POPULAR_SITES_PATH, renderPopularSites(popular, date));
  console.log(`Wrote ${POPULAR_SITES_PATH}: ${popular.length} names.`);
}
