import { TEXT_BREAK } from '../snapshot.ts';

/** Reading a normalised page word by word, for the detectors that look at numbers and the words around them. */

const BREAK_CODE = TEXT_BREAK.charCodeAt(0);

export interface Token {
  word: string;
  start: number;
  end: number;
}

export function onlyDigits(word: string): string {
  let out = '';
  for (const c of word) if (c >= '0' && c <= '9') out += c;
  return out;
}

/** The page's words with their positions: one pass over the characters, split at spaces and element breaks. */
export function tokens(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let start = -1;
  for (let i = from; i <= to; i++) {
    const code = i < to ? text.charCodeAt(i) : 32;
    const space = code <= 32 || code === BREAK_CODE;
    if (!space && start < 0) start = i;
    else if (space && start >= 0) {
      out.push({ word: text.slice(start, i), start, end: i });
      start = -1;
    }
  }
  return out;
}

const PUNCTUATION_MARKS = new Set([...'«»“”„‘’‹›–—…·•'].map((c) => c.charCodeAt(0)));
/** Letters, digits, "$" and any non-ASCII character but quotation marks and dashes (the text is normalised). */
function isWordChar(code: number): boolean {
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 36) return true;
  return code >= 0xc0 && !PUNCTUATION_MARKS.has(code);
}

/** The word without leading and trailing punctuation ("day.", "(daily)", "«profit»"). */
export function bare(word: string): string {
  let from = 0;
  let to = word.length;
  while (from < to && !isWordChar(word.charCodeAt(from))) from++;
  while (to > from && !isWordChar(word.charCodeAt(to - 1))) to--;
  return from === 0 && to === word.length ? word : word.slice(from, to);
}
