/**
 * ONE Aho-Corasick automaton over every phrase of every pack, run once over the normalised text.
 *
 * The text is read as a stream of symbols: a-z, 0-9, "other letter" (Cyrillic, Greek, CJK…), and a
 * single SEPARATOR for any run of spaces or punctuation. Every phrase is compiled with a leading
 * separator (so it starts on a word boundary) and, unless it ends in "*", a trailing one (so it ends on
 * a word boundary). "risk-free", "risk free" and "risk , free" are then the same phrase, "*" makes a
 * word prefix ("guarante*" also matches "guaranteed"), a leading "*" lets it start inside a word too ("*doubl*" is
 * any occurrence of "doubl", as indexOf finds it), and no regex or backtracking is involved: the
 * scan is a table lookup per character, linear in the text whatever the page contains. TEXT_BREAK (an
 * element boundary) separates too, and no phrase spans it: "…Risk" + "Free…" in two menu items is no
 * "risk free".
 */
import { TEXT_BREAK } from '../snapshot.ts';

const SEP = 0;
/** An element boundary is a separator that no phrase spans. */
const BREAK_CODE = TEXT_BREAK.charCodeAt(0);
const OTHER_LETTER = 37;
const ALPHABET = 38;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// The symbol of every UTF-16 code unit, one lookup per character of the scan: ASCII filled now, the rest on first
// sight (-1 = not computed yet).
const SYMBOLS = new Int8Array(65536).fill(-1);
for (let code = 0; code < 128; code++) {
  SYMBOLS[code] = code >= 97 && code <= 122 ? code - 96 : code >= 48 && code <= 57 ? code - 21 : SEP; // a-z → 1..26, 0-9 → 27..36
}

/** Symbol of one character of NORMALISED text (already lower-case and diacritic-free). */
function symbolOf(code: number): number {
  let symbol = SYMBOLS[code]!;
  if (symbol < 0) {
    // Letters of other scripts keep words whole; spaces and punctuation separate them. Surrogate
    // halves (emoji, rare CJK) count as letters: they never split a word by accident.
    const isSurrogate = code >= 0xd800 && code <= 0xdfff;
    symbol = isSurrogate || LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? OTHER_LETTER : SEP;
    SYMBOLS[code] = symbol;
  }
  return symbol;
}

/** Does the matcher read this character of normalised text as a separator (space, punctuation, element boundary)? */
export function isSeparator(code: number): boolean {
  const symbol = SYMBOLS[code]!;
  return (symbol < 0 ? symbolOf(code) : symbol) === SEP;
}

export interface Matcher {
  readonly patternCount: number;
  /** Calls onMatch for every occurrence of every pattern, in text order. */
  scan(text: string, onMatch: (pattern: number, end: number) => void): void;
}

/** Symbols of a phrase: separator (unless it starts with "*") + words (+ separator unless it ends with "*"). */
export function phraseSymbols(phrase: string): number[] {
  const prefix = phrase.endsWith('*');
  const inWord = phrase.startsWith('*') && phrase.length > 1;
  const body = phrase.slice(inWord ? 1 : 0, prefix ? -1 : phrase.length);
  const symbols: number[] = inWord ? [] : [SEP];
  for (let i = 0; i < body.length; i++) {
    const s = symbolOf(body.charCodeAt(i));
    if (s === SEP && symbols[symbols.length - 1] === SEP) continue;
    symbols.push(s);
  }
  if (symbols[symbols.length - 1] === SEP) symbols.pop();
  if (!prefix) symbols.push(SEP);
  return symbols;
}

export function buildMatcher(phrases: readonly string[]): Matcher {
  // Built with typed arrays only (no Map or array per node): the first page after a worker wake waits for this.
  const symbolLists = phrases.map(phraseSymbols);
  const capacity = symbolLists.reduce((sum, symbols) => sum + symbols.length, 1);
  // Trie as first-child / next-sibling lists, sized for the worst case (no shared prefixes).
  const firstChild = new Int32Array(capacity).fill(-1);
  const nextSibling = new Int32Array(capacity).fill(-1);
  const edgeSymbol = new Uint8Array(capacity);
  const endNode = new Int32Array(phrases.length);
  let nodeCount = 1;
  symbolLists.forEach((symbols, index) => {
    let node = 0;
    for (const symbol of symbols) {
      let child = firstChild[node]!;
      while (child >= 0 && edgeSymbol[child] !== symbol) child = nextSibling[child]!;
      if (child < 0) {
        child = nodeCount++;
        edgeSymbol[child] = symbol;
        nextSibling[child] = firstChild[node]!;
        firstChild[node] = child;
      }
      node = child;
    }
    endNode[index] = node;
  });

  // Patterns ending at each node, in pattern order: outPatterns[outStart[n] .. outStart[n + 1]).
  const outStart = new Int32Array(nodeCount + 1);
  for (const node of endNode) outStart[node + 1]!++;
  for (let n = 0; n < nodeCount; n++) outStart[n + 1]! += outStart[n]!;
  const outPatterns = new Int32Array(phrases.length);
  const filled = outStart.slice(0, nodeCount);
  endNode.forEach((node, pattern) => (outPatterns[filled[node]!++] = pattern));
  const hasOwn = (node: number) => outStart[node + 1]! > outStart[node]!;

  // 16-bit states when they fit (the pack automaton has ~28k nodes): half the memory of a 4-byte table.
  const delta = nodeCount <= 0xffff ? new Uint16Array(nodeCount * ALPHABET) : new Int32Array(nodeCount * ALPHABET);
  const fail = new Int32Array(nodeCount);
  // Output link: nearest node on the failure chain that has outputs of its own (-1 if none).
  const outLink = new Int32Array(nodeCount).fill(-1);
  // Breadth first: a node's row starts as its failure node's row, then its own children overwrite their symbols.
  const queue = new Int32Array(nodeCount);
  let tail = 0;
  for (let child = firstChild[0]!; child >= 0; child = nextSibling[child]!) {
    delta[edgeSymbol[child]!] = child;
    queue[tail++] = child;
  }
  for (let head = 0; head < tail; head++) {
    const node = queue[head]!;
    const f = fail[node]!;
    outLink[node] = hasOwn(f) ? f : outLink[f]!;
    delta.copyWithin(node * ALPHABET, f * ALPHABET, f * ALPHABET + ALPHABET);
    for (let child = firstChild[node]!; child >= 0; child = nextSibling[child]!) {
      const symbol = edgeSymbol[child]!;
      fail[child] = delta[f * ALPHABET + symbol]!;
      delta[node * ALPHABET + symbol] = child;
      queue[tail++] = child;
    }
  }

  // Nodes where some pattern ends (own output or via the output links): one byte lookup per character.
  const emits = new Uint8Array(nodeCount);
  for (let n = 1; n < nodeCount; n++) emits[n] = hasOwn(n) || outLink[n]! > 0 ? 1 : 0;

  const emit = (node: number, end: number, onMatch: (pattern: number, end: number) => void) => {
    for (let n = hasOwn(node) ? node : outLink[node]!; n > 0; n = outLink[n]!) {
      for (let k = outStart[n]!; k < outStart[n + 1]!; k++) onMatch(outPatterns[k]!, end);
    }
  };

  return {
    patternCount: phrases.length,
    scan(text, onMatch) {
      // The tables as locals of the loop rather than read through the closure at every character: in the engine's
      // run over the bench pages the scan took about 14.7 ms a round instead of 16.3-17.5 (warm, same minutes).
      const table = delta;
      const emitting = emits;
      const symbols = SYMBOLS;
      let state = table[SEP]!; // the text starts on a word boundary
      let previous = SEP;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        let symbol = symbols[code]!;
        if (symbol < 0) symbol = symbolOf(code);
        if (symbol === SEP) {
          if (code === BREAK_CODE) {
            // An element boundary: end the word in progress, then start afresh as at the text's start.
            if (previous !== SEP && emitting[(state = table[state * ALPHABET + SEP]!)] === 1) emit(state, i, onMatch);
            state = table[SEP]!;
            previous = SEP;
            continue;
          }
          if (previous === SEP) continue;
        }
        previous = symbol;
        state = table[state * ALPHABET + symbol]!;
        if (emitting[state] === 1) emit(state, symbol === SEP ? i : i + 1, onMatch);
      }
      if (previous !== SEP) {
        state = table[state * ALPHABET + SEP]!; // and ends on one
        if (emitting[state] === 1) emit(state, text.length, onMatch);
      }
    },
  };
}
