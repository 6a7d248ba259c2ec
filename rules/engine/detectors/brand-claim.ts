import { BRANDS, type Brand } from '../../brands/brands.ts';
import type { PageSnapshot } from '../../snapshot.ts';
import { buildMatcher, isSeparator, phraseSymbols, type Matcher } from '../matcher.ts';
import { TEXT_BREAK } from '../../snapshot.ts';
import { normalizePhrase, normalizeText } from '../normalize.ts';
import { CLAIM_AFTER, CLAIM_AFTER_STRONG, CLAIM_BEFORE, CLAIM_FILLERS, DEPOSIT_REQUESTS } from './claim-phrases.ts';

/**
 * Does the page present itself AS a protected brand ("Welcome to Binance", "Coinbase login",
 * "© 2024 Kraken. All rights reserved") while asking for a login, a sign-up or a deposit? One
 * Aho-Corasick pass over the normalised text finds brand names, claim anchors and deposit requests;
 * a claim is an anchor directly next to a brand name (only small words or punctuation between).
 */
type Kind = 'brand' | 'before' | 'after' | 'afterStrong' | 'deposit';
interface Pattern {
  kind: Kind;
  length: number;
  brand?: Brand;
}

const PATTERNS: Pattern[] = [];
const PHRASES: string[] = [];
function add(phrase: string, kind: Kind, brand?: Brand): void {
  const normal = normalizePhrase(phrase);
  PHRASES.push(normal);
  PATTERNS.push({ kind, length: normal.length, brand });
}
for (const brand of BRANDS) for (const name of brand.names ?? [brand.name.toLowerCase()]) add(name, 'brand', brand);
for (const phrase of CLAIM_BEFORE) add(phrase, 'before');
const strongAfter = new Set(CLAIM_AFTER_STRONG);
for (const phrase of CLAIM_AFTER) add(phrase, strongAfter.has(phrase) ? 'afterStrong' : 'after');
for (const phrase of DEPOSIT_REQUESTS) add(phrase, 'deposit');
let matcher: Matcher | null = null;
/** Built on a page's first scan, not when the worker starts: a worker woken to check a navigation never needs it. */
const claimMatcher = (): Matcher => (matcher ??= buildMatcher(PHRASES));

const NON_LETTERS = /[^\p{L}]+/gu;
const MAX_GAP = 16;

/** Only punctuation, digits, "©" and a few small words ("your", "il tuo") between anchor and brand. */
function isTightGap(gap: string, allowWords: boolean): boolean {
  if (gap.length > MAX_GAP) return false;
  const words = gap.replace(NON_LETTERS, ' ').trim();
  return words === '' || (allowWords && CLAIM_FILLERS.has(words));
}

export interface BrandClaim {
  brand: Brand;
  /** The matched text, e.g. "welcome to binance". */
  evidence: string;
}

export interface ClaimScan {
  claims: BrandClaim[];
  asksForDeposit: boolean;
}

/**
 * The phrases of the claim matcher, in pattern order. The engine folds them into its one scan of the page
 * (rules/engine/phrases.ts) and hands the matches over as PageContext.brandClaimMatches.
 */
export const BRAND_CLAIM_PHRASES: readonly string[] = PHRASES;

/** Reads matches of the claim phrases (pattern index, end), in text order, into a ClaimScan. */
function claimReader(text: string): { onMatch: (index: number, end: number) => void; result: () => ClaimScan } {
  const claims: BrandClaim[] = [];
  let asksForDeposit = false;
  let lastBefore = -1;
  let lastBeforeStart = -1;
  let lastBrand: { brand: Brand; start: number; end: number } | null = null;
  const onMatch = (index: number, end: number) => {
    const pattern = PATTERNS[index]!;
    const start = Math.max(0, end - pattern.length);
    switch (pattern.kind) {
      case 'deposit':
        asksForDeposit = true;
        return;
      case 'before':
        if (end > lastBefore) [lastBefore, lastBeforeStart] = [end, start];
        return;
      case 'brand':
        if (lastBefore >= 0 && start >= lastBefore && isTightGap(text.slice(lastBefore, start), true)) {
          claims.push({ brand: pattern.brand!, evidence: text.slice(lastBeforeStart, end) });
        }
        lastBrand = { brand: pattern.brand!, start, end };
        return;
      default: {
        const brand = lastBrand as { brand: Brand; start: number; end: number } | null;
        if (brand === null || start < brand.end || !isTightGap(text.slice(brand.end, start), false)) return;
        if (brand.brand.ordinaryName && pattern.kind !== 'afterStrong') return;
        claims.push({ brand: brand.brand, evidence: text.slice(brand.start, end) });
      }
    }
  };
  return { onMatch, result: () => ({ claims, asksForDeposit }) };
}

/** Finds self-presentations as a brand in already-normalised text. */
export function scanBrandClaims(text: string): ClaimScan {
  const reader = claimReader(text);
  claimMatcher().scan(text, reader.onMatch);
  return reader.result();
}

/**
 * The same answer as scanBrandClaims(text), from matches already found in `text` by a matcher that holds
 * BRAND_CLAIM_PHRASES: flat [pattern index into BRAND_CLAIM_PHRASES, end] pairs, in text order.
 */
export function brandClaimsFromMatches(text: string, matches: readonly number[]): ClaimScan {
  const reader = claimReader(text);
  for (let i = 0; i < matches.length; i += 2) reader.onMatch(matches[i]!, matches[i + 1]!);
  return reader.result();
}

/** Symbols of the longest claim phrase (a run of separators is one symbol to the matcher). */
let longestSymbols = -1;
const BREAK_CODE = TEXT_BREAK.charCodeAt(0);

/**
 * A separator before `end` such that no phrase match ends at or after `end` yet starts before it: more than a phrase's
 * symbols back, or an element boundary (no phrase spans one). -1 when the text before has no such place.
 */
function rescanFrom(text: string, end: number): number {
  if (longestSymbols < 0) longestSymbols = Math.max(...PHRASES.map((phrase) => phraseSymbols(phrase).length));
  let symbols = 0;
  for (let i = end - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === BREAK_CODE) return i;
    if (!isSeparator(code)) {
      symbols++;
      continue;
    }
    if (symbols > longestSymbols) return i;
    symbols++;
    while (i > 0 && isSeparator(text.charCodeAt(i - 1)) && text.charCodeAt(i - 1) !== BREAK_CODE) i--;
  }
  return -1;
}

/**
 * The same answer as scanBrandClaims(text), when `matches` (flat pairs as brandClaimsFromMatches takes them, in text
 * order) hold every match that ends before `known`, as a scan of text[0, known) gives them: only the text from a
 * separator well before `known` is scanned again (a long page's head, already read by the engine's one scan).
 */
export function brandClaimsAfter(text: string, known: number, matches: readonly number[]): ClaimScan {
  const from = rescanFrom(text, known);
  if (from < 0) return scanBrandClaims(text);
  const reader = claimReader(text);
  for (let i = 0; i < matches.length && matches[i + 1]! < known; i += 2) reader.onMatch(matches[i]!, matches[i + 1]!);
  claimMatcher().scan(text.slice(from), (index, end) => {
    if (end + from >= known) reader.onMatch(index, end + from);
  });
  return reader.result();
}

const PASSWORD_HINT = /pass(?:word|wort|code|e)?|pwd|passwd|contrase|senha|mot.?de.?passe/i;

/** True when some form has a password field (by type, or by name when the type is missing). */
export function hasPasswordField(snapshot: PageSnapshot): boolean {
  return snapshot.forms.some((form) =>
    form.fields.some((f) => f.type.toLowerCase() === 'password' || (f.type === '' && PASSWORD_HINT.test(f.name))),
  );
}

/** Title claims: a short title naming a (non-ordinary-word) brand next to a login word, in any order. */
export function scanTitleClaim(title: string): BrandClaim | null {
  const text = normalizeText(title, 300);
  let brand: Brand | null = null;
  let login = false;
  claimMatcher().scan(text, (index) => {
    const pattern = PATTERNS[index]!;
    if (pattern.kind === 'brand' && !pattern.brand!.ordinaryName) brand ??= pattern.brand!;
    if (pattern.kind === 'after' || pattern.kind === 'afterStrong' || pattern.kind === 'before') login = true;
  });
  return brand !== null && login ? { brand, evidence: text } : null;
}
