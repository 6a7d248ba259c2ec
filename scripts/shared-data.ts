import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root and the shared corpus beside it (../shared, read-only, never copied in). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED_DIR = resolve(REPO_ROOT, '../shared');
export const LISTS_DIR = resolve(SHARED_DIR, 'corpus/lists');

export function requireShared(): void {
  if (!existsSync(LISTS_DIR)) {
    throw new Error(`The shared corpus was not found at ${SHARED_DIR}: clone it beside this repository.`);
  }
}

export function readList(relativePath: string): string {
  return readFileSync(resolve(LISTS_DIR, relativePath), 'utf8');
}

/** Domains of a Tranco CSV ("rank,domain" lines). */
export function readTranco(file = 'sublime-static-files/tranco_top_50k.csv'): string[] {
  return readList(file)
    .split('\n')
    .map((line) => line.slice(line.indexOf(',') + 1).trim())
    .filter((domain) => domain !== '' && domain !== 'domain');
}

/** Every legitimate-crypto allowlist in the shared corpus, as [reason, names]. */
export function readAllowlists(): { reason: string; names: string[] }[] {
  const yamlUrls = (text: string) => [...text.matchAll(/^\s*-\s*url:\s*"?([^"\s]+)"?/gm)].map((m) => m[1]!);
  const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const json = (file: string) => JSON.parse(readList(file)) as unknown;
  const polkadot = json('polkadot-js-phishing/all.json') as { allow: string[] };
  const metamask = json('metamask-eth-phishing-detect-npm/config.json') as { whitelist: string[] };
  return [
    { reason: 'allowlist: polkadot-js', names: polkadot.allow },
    { reason: 'allowlist: MetaMask', names: metamask.whitelist },
    { reason: 'allowlist: Phantom', names: yamlUrls(readList('phantom-blocklist/whitelist.yaml')) },
    { reason: 'allowlist: Enkrypt', names: json('enkrypt-phishing-detect/whitelist.json') as string[] },
    { reason: 'allowlist: EtherAddressLookup', names: json('etheraddresslookup/whitelist-domains.json') as string[] },
    { reason: 'allowlist: crypto-firewall explorers', names: lines(readList('crypto-firewall/whitelists__blockchain-explorer.txt')) },
    { reason: 'allowlist: crypto-firewall news', names: lines(readList('crypto-firewall/whitelists__crypto-news-domains.txt')) },
    {
      reason: 'allowlist: derived legit crypto domains',
      names: lines(readList('derived-legit-crypto-domains.tsv')).slice(1).map((l) => l.split('\t')[0]!),
    },
  ];
}
