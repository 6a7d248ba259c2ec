/**
 * The public feeds a new installation starts with, and the ones it offers. Each was chosen for
 * being maintained, focused on crypto theft and investment scams, and small in false positives;
 * every entry still passes the false-positive gate before use (entrypoints/background/feeds/sync.ts).
 *
 * GPL-licensed lists are never bundled in the extension: they are subscriptions that the user's
 * own browser downloads from their publisher, like any other web resource.
 * raw.githubusercontent.com serves the default branch at "HEAD", whatever its name.
 */
interface DefaultFeed {
  /** Stable id: the store keys this feed by it, so never change it. */
  id: string;
  name: string;
  url: string;
  licence: string;
  /** Subscribed on install (true) or only offered in the options page (false). */
  enabled: boolean;
  /** Why this feed, in one sentence (also in the README). */
  reason: string;
  /** The list's own project page, where a site listed by mistake can be reported ("This warning is a mistake"). */
  homepage: string;
}

export const DEFAULT_FEEDS: readonly DefaultFeed[] = Object.freeze([
  {
    id: 'metamask',
    name: 'MetaMask phishing list',
    url: 'https://raw.githubusercontent.com/MetaMask/eth-phishing-detect/HEAD/src/config.json',
    licence: 'DBAD',
    enabled: true,
    reason: 'Updated several times a day by the MetaMask security team; its own allowlist of about 1,100 legitimate sites cancels its mistakes.',
    homepage: 'https://github.com/MetaMask/eth-phishing-detect',
  },
  {
    id: 'polkadot',
    name: 'polkadot{.js} phishing list',
    url: 'https://polkadot.js.org/phishing/all.json',
    licence: 'Apache-2.0',
    enabled: true,
    reason: 'Curated by hand through public pull requests, each entry with evidence; the live version of a list the bundle already ships.',
    homepage: 'https://github.com/polkadot-js/phishing',
  },
  {
    id: 'phantom',
    name: 'Phantom blocklist',
    url: 'https://raw.githubusercontent.com/phantom/blocklist/HEAD/blocklist.yaml',
    licence: 'MIT',
    enabled: true,
    reason: 'Maintained by the Phantom wallet team for wallet-drainer and fake airdrop sites; small and precise.',
    homepage: 'https://github.com/phantom/blocklist',
  },
  {
    id: 'crypto-firewall-pig-butchering',
    name: 'Crypto Firewall: pig-butchering sites',
    url: 'https://raw.githubusercontent.com/chartingshow/crypto-firewall/HEAD/src/blacklists/pig-butchering-filters/hosts.txt',
    licence: 'GPL-3.0',
    enabled: true,
    reason: 'The largest list aimed at fake investment and trading platforms ("pig butchering"), the scams this extension exists for.',
    homepage: 'https://github.com/chartingshow/crypto-firewall',
  },
  {
    id: 'scamsniffer',
    name: 'ScamSniffer scam database',
    url: 'https://raw.githubusercontent.com/scamsniffer/scam-database/HEAD/blacklist/domains.json',
    licence: 'GPL-3.0',
    enabled: false,
    reason: 'Large and automatically collected wallet-drainer list; offered but off by default because its public copy is delayed and it once listed www.bing.com.',
    homepage: 'https://github.com/scamsniffer/scam-database',
  },
  {
    id: 'crimson',
    name: 'Crimson crypto-investment scam sites (research list)',
    url: 'https://raw.githubusercontent.com/pragseclab/Crimson/HEAD/src/authentication_crawling/list.txt',
    licence: 'GPL-3.0',
    enabled: false,
    reason: 'Investment-scam sites found by the WWW 2025 "Poorest Man in Babylon" study; precise but a one-off snapshot, so offered rather than on by default.',
    homepage: 'https://github.com/pragseclab/Crimson',
  },
]);
