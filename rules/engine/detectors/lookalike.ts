import { parse } from 'tldts';
import { BRANDS, type Brand, type BrandKind } from '../../brands/brands.ts';
import { skeleton } from '../../brands/confusables.ts';
import { boundedEditDistance, isOneEditApart } from '../../brands/edit-distance.ts';
import { isOfficialDomain, isTrustedBrandHost } from '../../brands/official.ts';
import { PHISHING_TOKENS, PHISHING_WORDS } from '../../brands/phishing-words.ts';
import { isPlausibleTypo } from '../../brands/typo.ts';
import { decodeLabel } from '../../brands/punycode.ts';
import { SubstringIndex } from '../../brands/substring-index.ts';

/**
 * Lookalike domains of protected brands. A host imitates a brand when its registrable label, read as a
 * person reads it (IDN decoded, homoglyphs folded into their Latin "skeleton"), is:
 *  - exact:    a distinctive brand label on a domain the brand does not own ("binance.xyz", "bіnance.com");
 *  - combo:    a brand label plus only phishing words and digits ("binance-secure-login", "ledgerlive-support");
 *  - contains: a long distinctive brand label inside a longer label ("mymetamaskwallets");
 *  - typo:     one edit (two for labels of 9+ letters) away from a distinctive label, alone or with phishing
 *              words ("coinbasse", "metamaks-login");
 * or when an official brand domain is used as a sub-domain ("binance.com.verify-account.xyz").
 * Ordinary words and short names ("ledger", "ig", "okx") only count in "combo", as a whole token.
 * Never a look-alike: a brand's own domains, a bank's or broker's national sites (see NATIONAL_KINDS), and
 * a popular site (the caller says so: rules/hosts/popular.ts).
 */
export type LookalikeHow = 'exact' | 'combo' | 'contains' | 'typo' | 'subdomain';

export interface LookalikeMatch {
  brand: Brand;
  how: LookalikeHow;
  /** True when the imitation relies on non-Latin look-alike letters (mixed-script punycode). */
  homoglyph: boolean;
  /** The label as a reader sees it (decoded), for the evidence. */
  shown: string;
}

interface Key {
  text: string;
  brand: Brand;
  strong: boolean;
}

const CONTAINS_MIN = 7;
// Typos of short labels collide with ordinary words ("tremor" / "trezor"), so: 6+ letters for a whole
// label or token, 7+ when phishing words had to be stripped off first, one edit of a kind people miss
// (see typo.ts), and two edits only from 13 letters ("intesasanpaolo").
const TYPO_MIN = 6;
const TYPO_STRIPPED_MIN = 7;
const TWO_TYPOS_MIN = 13;
// Ordinary brand words glued to phishing words without a hyphen need 5+ letters ("krakenlogin", not "wisepay").
const SHORT_WEAK_MAX = 4;
const MAX_CORES = 24;

interface Tables {
  /** Keys by exact text (raw and skeleton form). */
  keys: Map<string, Key>;
  /** Keys looked for inside a label: the strong ones, and weak ones long enough. */
  concatKeys: readonly Key[];
  /** Which concatKeys occur in a label. */
  concatIndex: SubstringIndex;
  /** Strong keys by length, so a core is only compared with keys it can be 1-2 edits away from. */
  strongByLength: Map<number, Key[]>;
  words: Set<string>;
  tokens: Set<string>;
  maxWord: number;
  /** The first label of every brand's official domains. */
  officialLabels: Set<string>;
}

let built: Tables | null = null;
/** Built on a page's first check, not when the worker starts: a worker woken to check a navigation never needs them. */
function tables(): Tables {
  if (built !== null) return built;
  const keys = new Map<string, Key>();
  const strong: Key[] = [];
  const weakConcat: Key[] = [];
  for (const brand of BRANDS) {
    for (const label of brand.labels) {
      for (const text of new Set([label, skeleton(label)])) {
        const key = { text, brand, strong: true };
        keys.set(text, key);
        strong.push(key);
      }
    }
    for (const label of brand.weak ?? []) {
      const key = { text: label, brand, strong: false };
      if (!keys.has(label)) keys.set(label, key);
      if (label.length > SHORT_WEAK_MAX) weakConcat.push(key);
    }
  }
  const words = new Set<string>();
  for (const word of PHISHING_WORDS) words.add(word).add(skeleton(word));
  const strongByLength = new Map<number, Key[]>();
  for (const key of strong) strongByLength.set(key.text.length, [...(strongByLength.get(key.text.length) ?? []), key]);
  const concatKeys = [...strong, ...weakConcat];
  built = {
    keys,
    concatKeys,
    concatIndex: new SubstringIndex(concatKeys.map((key) => key.text)),
    strongByLength,
    words,
    tokens: new Set<string>([...words, ...PHISHING_TOKENS]),
    maxWord: Math.max(...[...words].map((w) => w.length)),
    officialLabels: new Set(BRANDS.flatMap((b) => b.domains.map((d) => d.split('.')[0]!.replace(HYPHENS, '')))),
  };
  return built;
}

const NON_ASCII = /[^\x00-\x7f]/;
const ALL_DIGITS = /^\d+$/;
const HYPHENS = /-/g;
const isDigit = (c: number) => c >= 48 && c <= 57;

/** reach[i] = text[0..i) is a (possibly empty) sequence of phishing words and digits. */
function prefixReach(text: string): boolean[] {
  const { words, maxWord } = tables();
  const reach = new Array<boolean>(text.length + 1).fill(false);
  reach[0] = true;
  for (let i = 0; i < text.length; i++) {
    if (!reach[i]) continue;
    if (isDigit(text.charCodeAt(i))) reach[i + 1] = true;
    for (let len = 1; len <= maxWord && i + len <= text.length; len++) {
      if (words.has(text.slice(i, i + len))) reach[i + len] = true;
    }
  }
  return reach;
}

/** reach[j] = text[j..end) is a (possibly empty) sequence of phishing words and digits. */
function suffixReach(text: string): boolean[] {
  const { words, maxWord } = tables();
  const reach = new Array<boolean>(text.length + 1).fill(false);
  reach[text.length] = true;
  for (let j = text.length; j > 0; j--) {
    if (!reach[j]) continue;
    if (isDigit(text.charCodeAt(j - 1))) reach[j - 1] = true;
    for (let len = 1; len <= maxWord && j - len >= 0; len++) {
      if (words.has(text.slice(j - len, j))) reach[j - len] = true;
    }
  }
  return reach;
}

function insideOrdinaryWord(label: string, key: Key): boolean {
  return (key.brand.notInside ?? []).some((word) => label.includes(word));
}

const NO_KEYS: readonly Key[] = [];
const typoCache = new Map<number, readonly Key[]>();
/** Strong keys of length ±2, shortest first: built once per length, not per host. */
function typoCandidates(length: number): readonly Key[] {
  let keys = typoCache.get(length);
  if (keys === undefined) {
    const all: Key[] = [];
    for (let len = length - 2; len <= length + 2; len++) all.push(...(tables().strongByLength.get(len) ?? NO_KEYS));
    keys = all;
    typoCache.set(length, keys);
  }
  return keys;
}

// Each edit changes the letter counts of a label by at most 2 in all (a substitution takes one letter and
// adds another; a swap changes none), so labels whose counts differ by more than 4 are more than two
// edits apart: a cheap test that spares the edit-distance table for almost every key.
const letterCounts = new Int32Array(128);
function surelyOverTwoEdits(a: string, b: string): boolean {
  for (let i = 0; i < a.length; i++) letterCounts[a.charCodeAt(i) & 127]!++;
  for (let i = 0; i < b.length; i++) letterCounts[b.charCodeAt(i) & 127]!--;
  let diff = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i) & 127;
    diff += Math.abs(letterCounts[c]!);
    letterCounts[c] = 0;
  }
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i) & 127;
    diff += Math.abs(letterCounts[c]!);
    letterCounts[c] = 0;
  }
  return diff > 4;
}

function maxTypos(keyLength: number): number {
  return keyLength >= TWO_TYPOS_MIN ? 2 : 1;
}

/** Matches one form of a label (hyphens already removed, tokens = the hyphen-separated parts). */
function matchForm(joined: string, tokens: readonly string[]): { key: Key; how: LookalikeHow } | null {
  const exact = tables().keys.get(joined);
  if (exact?.strong) return { key: exact, how: 'exact' };
  if (exact !== undefined || isOfficialLabel(joined)) return null; // an ordinary brand word on its own

  // Token combo: one token is a brand label, every other token a phishing word or a number.
  if (tokens.length > 1) {
    for (const token of tokens) {
      const key = tables().keys.get(token);
      if (key && tokens.every((t) => t === token || tables().tokens.has(t) || ALL_DIGITS.test(t))) return { key, how: 'combo' };
    }
  }

  const pre = prefixReach(joined);
  const suf = suffixReach(joined);
  const { concatKeys, concatIndex } = tables();
  for (const { index, at } of concatIndex.occurrencesIn(joined)) {
    const key = concatKeys[index]!;
    const end = at + key.text.length;
    if (pre[at] && suf[end]) return { key, how: 'combo' };
    // A long distinctive label inside a longer one ("mymetamaskwallets", "coinbaseheip"), unless it is
    // part of an ordinary word the brand data lists ("revolution" holds "revolut").
    if (key.strong && key.text.length >= CONTAINS_MIN && !insideOrdinaryWord(joined, key)) return { key, how: 'contains' };
  }

  // Typos: the whole label, each token, and the label stripped of phishing-word prefixes/suffixes.
  const whole = new Set<string>([joined, ...tokens]);
  const cores = new Set<string>(whole);
  for (let i = 0; i < joined.length && cores.size < MAX_CORES; i++) {
    if (!pre[i]) continue;
    for (let j = joined.length; j > i + TYPO_MIN - 1 && cores.size < MAX_CORES; j--) if (suf[j]) cores.add(joined.slice(i, j));
  }
  for (const core of cores) {
    // An ordinary word ("finance" is one edit from "binance") or another brand is not a typo.
    if (core.length < TYPO_MIN || tables().words.has(core) || tables().keys.has(core) || isOfficialLabel(core)) continue;
    const minKey = whole.has(core) ? TYPO_MIN : TYPO_STRIPPED_MIN;
    for (const key of typoCandidates(core.length)) {
      if (key.text.length < minKey) continue;
      if (isOneEditApart(core, key.text)) {
        if (isPlausibleTypo(core, key.text)) return { key, how: 'typo' };
      } else if (
        maxTypos(key.text.length) === 2
        && !surelyOverTwoEdits(core, key.text)
        && boundedEditDistance(core, key.text, 2) === 2
      ) {
        return { key, how: 'typo' };
      }
    }
  }
  return null;
}

/** True when some brand's official domain has this label (e.g. "cb" for cb.com): never a typo of another. */
function isOfficialLabel(label: string): boolean {
  return tables().officialLabels.has(label);
}

/**
 * Banks and brokers are licensed country by country and serve each country from its own domain: their
 * official name under a country's domain ("nordnet.fr" beside nordnet.se, "citibank.com.br" beside
 * citibank.com) or joined to one of their own countries ("barclaysus.com" beside barclays.us) is a
 * national site, not an imitation. Not for exchanges and wallets: they are global, and their names under
 * country domains used as generic ones (.io, .co, .me) are a phishing classic.
 */
const NATIONAL_KINDS: ReadonlySet<BrandKind> = new Set(['bank', 'broker']);
let national: { labels: Set<string>; withCountry: Set<string> } | null = null;
/**
 * Their official labels, alone and joined to their country. Built on first use, not when the worker starts (it
 * parses every bank's and broker's domain): a worker woken to check a navigation never needs it.
 */
function nationalLabels(): { labels: Set<string>; withCountry: Set<string> } {
  if (national !== null) return national;
  national = { labels: new Set(), withCountry: new Set() };
  for (const brand of BRANDS) {
    if (!NATIONAL_KINDS.has(brand.kind)) continue;
    for (const domain of brand.domains) {
      const info = parse(domain);
      const label = info.domainWithoutSuffix?.split('.').pop();
      const country = countryCode(info.publicSuffix);
      if (!label) continue;
      national.labels.add(label);
      if (country !== null) national.withCountry.add(label + country);
    }
  }
  return national;
}

/** The country code a public suffix ends in ("br" for "com.br"), or null for a generic one (".com"). */
function countryCode(suffix: string | null | undefined): string | null {
  const tld = suffix?.split('.').pop() ?? '';
  return tld.length === 2 ? tld : null;
}

function isNationalSite(label: string, suffix: string | null | undefined): boolean {
  const { labels, withCountry } = nationalLabels();
  return withCountry.has(label) || (labels.has(label) && countryCode(suffix) !== null);
}

/** An official domain written inside the sub-domain part: "binance.com.login-verify.xyz". */
function officialInSubdomain(subdomain: string): string | null {
  const labels = subdomain.split('.');
  for (let i = 0; i + 1 < labels.length; i++) {
    const pair = `${labels[i]}.${labels[i + 1]}`;
    if (isOfficialDomain(pair)) return pair;
  }
  return null;
}

/**
 * Analyses a normalised host. Null when it is official, a national site, excepted, popular (`popularSite`:
 * the host is or lies under a site of the bundled popular list) or imitates no protected brand.
 */
export function findLookalike(host: string, popularSite = false): LookalikeMatch | null {
  if (popularSite || isTrustedBrandHost(host)) return null;
  const info = parse(host, { allowPrivateDomains: true });
  if (info.isIp || !info.domainWithoutSuffix) return null;
  const label = info.domainWithoutSuffix.split('.').pop()!;
  if (isNationalSite(label, info.publicSuffix)) return null;

  if (info.subdomain) {
    const official = officialInSubdomain(info.subdomain);
    if (official !== null) {
      const key = tables().keys.get(official.split('.')[0]!.replace(HYPHENS, ''));
      if (key) return { brand: key.brand, how: 'subdomain', homoglyph: false, shown: host };
    }
  }

  const decoded = decodeLabel(label);
  if (decoded === null) return null;
  const rawTokens = decoded.split('-').filter(Boolean);
  const skeletonTokens = rawTokens.map(skeleton);
  const skel = skeletonTokens.join('');
  // Mixed-script labels are read through their skeleton first: "bіnance" is the brand, not a typo of it.
  if (NON_ASCII.test(decoded)) {
    const folded = matchForm(skel, skeletonTokens);
    return folded && { brand: folded.key.brand, how: folded.how, homoglyph: true, shown: decoded };
  }
  const raw = matchForm(rawTokens.join(''), rawTokens);
  if (raw) return { brand: raw.key.brand, how: raw.how, homoglyph: false, shown: decoded };
  if (skel === rawTokens.join('')) return null;
  const folded = matchForm(skel, skeletonTokens);
  return folded && { brand: folded.key.brand, how: folded.how, homoglyph: false, shown: decoded };
}
