import { DEFAULT_FEEDS } from '@/rules/feeds-config/default-feeds';
import type { Translate } from '@/rules/i18n';

/**
 * Scam lists in words a person understands, in their language: "MetaMask's list of sites that steal
 * from crypto wallets" instead of "polkadot{.js} phishing list" or "127.0.0.1:38867 (feed.txt)".
 * The background names a listing by the lists' own (English) names, joined by ", "; the names here
 * are those of the default feeds and of the bundled list's sections (scripts/build-bundled-list.ts).
 */
const KEY_BY_FEED_ID: Record<string, string> = {
  metamask: 'listNameMetamask',
  polkadot: 'listNamePolkadot',
  phantom: 'listNamePhantom',
  'crypto-firewall-pig-butchering': 'listNameCryptoFirewall',
  scamsniffer: 'listNameScamSniffer',
  crimson: 'listNameCrimson',
};

const KEY_BY_NAME: ReadonlyMap<string, string> = new Map([
  ...DEFAULT_FEEDS.flatMap((feed) => (KEY_BY_FEED_ID[feed.id] ? [[feed.name, KEY_BY_FEED_ID[feed.id]!] as const] : [])),
  // The bundled list's sections.
  ['polkadot{.js} phishing list', 'listNamePolkadot'],
  ['Phantom blocklist', 'listNamePhantom'],
  ['EtherAddressLookup blacklist', 'listNameEtherAddressLookup'],
  ['Scam Sentinel bundled list', 'listNameBuiltIn'],
]);

/** Every list name that has a plain name of its own (a test checks the bundled list and the defaults). */
export function hasPlainListName(name: string): boolean {
  return KEY_BY_NAME.has(name);
}

/**
 * One list's plain name. The user's own blocked sites come already in words (personalSourceName, in
 * the browser's language); any other list (a feed the user or an administrator added, or the personal
 * list named in another language) is described, never shown by its address.
 */
export function plainListName(t: Translate, name: string): string {
  const key = KEY_BY_NAME.get(name);
  if (key) return t(key);
  if (name === t('personalSourceName')) return name;
  return t('listNameAdded');
}

/** The lists of a listing ("A, B" from the background), each in plain words, without repeats. */
export function plainListNames(t: Translate, source: string | readonly string[]): string {
  const names = typeof source === 'string' ? source.split(', ') : source;
  return [...new Set(names.map((name) => plainListName(t, name.trim())))].join('; ');
}
