/** Every list format the parsers understand. `detectFormat` returns one of these. */
export const FEED_FORMATS = [
  /** One hostname (or URL) per line, `#` comments. */
  'hostnames',
  /** A hosts file: `0.0.0.0 example.com`. */
  'hosts-file',
  /** uBlock / AdBlock / AdGuard network rules: `||example.com^`, `@@||good.com^`. */
  'adblock',
  /** JSON array of hostnames (ScamSniffer domains.json, EtherAddressLookup) or of {domain|url|host} objects. */
  'json-array',
  /** One JSON object per line with a domain/url/host field. */
  'jsonl',
  /** MetaMask eth-phishing-detect config: {blacklist, whitelist, fuzzylist} (or blocklist/allowlist). */
  'metamask',
  /** polkadot-js/phishing all.json: {deny, denySub, allow}. */
  'polkadot',
  /** Phantom blocklist YAML: `- url: example.com`. */
  'phantom-yaml',
  /** CryptoScamDB YAML: entries with `name:` and `url:` fields. */
  'cryptoscamdb-yaml',
  /** The project's own signed JSON feed (see signed.ts). */
  'scam-sentinel-feed',
] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

/** Which list a single-purpose format's entries go to. Multi-list formats (metamask) ignore it. */
export type EntryRole = 'block' | 'allow';

/** Version and expiry of a feed in the project's signed format. */
export interface SignedFeedInfo {
  version: number;
  /** ISO 8601 date-time after which the feed must not be used. */
  expires: string;
}

export interface ParsedFeed {
  format: FeedFormat;
  /**
   * Hosts to block: each is a normal host (normalizeHost(h) === h) that is listable
   * (not a bare public suffix). May contain duplicates; CompactHostSet removes them.
   */
  block: string[];
  /** Hosts the source itself marks as legitimate (MetaMask whitelist); same guarantees as block. */
  allow: string[];
  /** Entries that were not usable (invalid, a public suffix, a URL with a path, ...). */
  skipped: number;
  /** The first few skipped raw entries (clipped), to show why. */
  skippedSamples: string[];
  /** Present only for 'scam-sentinel-feed', after its signature was verified. */
  signed?: SignedFeedInfo;
}

export interface ParseOptions {
  /** Skip detection and parse as this format. */
  format?: FeedFormat;
  /** Where entries of single-list formats go. Default 'block'. */
  role?: EntryRole;
  /** Refuse bodies longer than this many UTF-16 code units (about bytes for ASCII lists). */
  maxChars?: number;
  /** Refuse lists with more block + allow entries than this. */
  maxEntries?: number;
  /**
   * Set only by verifySignedFeed after the signature check: a body in the project's signed
   * format is refused (FeedError 'unsigned') otherwise, so it cannot be trusted by accident.
   */
  signatureVerified?: boolean;
}

export const DEFAULT_MAX_CHARS = 128 * 1024 * 1024;
export const DEFAULT_MAX_ENTRIES = 2_000_000;
