/**
 * Text normalisation: done ONCE per page, before any rule runs, so every phrase in every pack is
 * written in the same folded form ("garantiert", "rendement garanti", "zysk gwarantowany").
 *
 * Steps, in order (each one linear in the text length, no backtracking):
 *  1. cap the length (page content is hostile input);
 *  2. NFKC (full-width letters, ligatures, superscripts and styled "𝐠𝐮𝐚𝐫𝐚𝐧𝐭𝐞𝐞𝐝" become plain letters);
 *  3. lower-case, then strip diacritics (NFD + drop combining marks) and fold the few letters NFD
 *     cannot split (ß, ł, ø, æ, œ, đ, ı);
 *  4. drop zero-width and other invisible format characters that scammers sprinkle inside words;
 *  5. join letter-by-letter obfuscations ("g u a r a n t e e d", "r.i.s.k-f.r.e.e");
 *  6. read leetspeak digits that sit between two letters ("guar4nteed", "pr0fit") as letters;
 *  7. collapse every run of whitespace into one space, or into one TEXT_BREAK when the run holds an
 *     element boundary (the matcher never joins words across it).
 * Steps 5–7 run as one sweep (TRICK_OR_WHITESPACE below).
 * Punctuation, digits and "%" are kept, because rates ("1,5 % al giorno") are parsed from this text.
 */
import { MAX_TEXT_CHARS, TEXT_BREAK } from '../snapshot.ts';

// Letters with diacritics (Latin-1 Supplement, Latin Extended A/B, Latin Extended Additional) and the
// few letters NFD cannot split. Folded one character at a time through a cache: much cheaper than NFD
// over the whole text when only a few characters carry accents.
const ACCENTED_CLASS = '\\u00c0-\\u024f\\u1e00-\\u1eff';
// Zero-width space/joiners, word joiner, soft hyphen, BOM, bidi controls, Mongolian vowel separator.
const INVISIBLE_CLASS = '\\u00ad\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff';
// Both in ONE sweep (single-class, linear): the sets are disjoint and neither step creates a character
// of the other, so dropping and folding in one pass gives what two passes gave.
const INVISIBLE_OR_ACCENTED = new RegExp(`[${INVISIBLE_CLASS}${ACCENTED_CLASS}]`, 'g');
const INVISIBLE_CHAR = new RegExp(`^[${INVISIBLE_CLASS}]$`);
const FOLD_SPECIAL: Record<string, string> = { ß: 'ss', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ı: 'i', ħ: 'h', þ: 'th' };
const COMBINING_MARKS = /\p{M}+/gu;
const foldCache = new Map<string, string>();
/** An invisible character folds to nothing, an accented letter to its base letter(s). */
function foldChar(c: string): string {
  let folded = foldCache.get(c);
  if (folded === undefined) {
    folded = INVISIBLE_CHAR.test(c) ? '' : FOLD_SPECIAL[c] ?? c.normalize('NFD').replace(COMBINING_MARKS, '');
    foldCache.set(c, folded);
  }
  return folded;
}
const NEEDS_UNICODE_WORK = /[^\x00-\x7f]/;
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', $: 's' };
/**
 * Steps 5–7 in ONE sweep of the folded text (three sweeps in turn cost about 40 % more over the bench pages), each
 * alternative one step:
 *  - whitespace (step 7): only runs that CHANGE: runs of 2+, or a single tab/newline/nbsp/element boundary (replacing
 *    every lone space by itself would cost a call per word); each run, whole, becomes a TEXT_BREAK when it holds one
 *    ("a \u2029 \u2029\n b" becomes "a\u2029b"), else one space;
 *  - leetspeak (step 6): a leet character with a letter on both sides ("pr0fit", "guar4nteed", "ri$k"); digits next to
 *    digits stay, and "@" stays so that e-mail addresses in evidence remain readable;
 *  - spaced letters (step 5): four or more single letters separated by one space, dot, dash or asterisk
 *    ("g u a r a n t e e d"); the lookbehind, after the first letter, asks that no letter or digit precede it.
 * One sweep gives what the three in turn gave because no two alternatives can claim the same characters: a spaced run
 * has no letter or digit on either side and holds no digit, a leet pair is a letter before a digit, and a whitespace run
 * holds no letter. Linear: each alternative consumes what it reads, and a spaced run's repetition exactly 2 characters.
 */
const TRICK_OR_WHITESPACE = / ?[^\S ]\s*| {2,}\s*|[a-z](?:[013457$](?=[a-z])|(?<![a-z0-9][a-z])(?:[ .*-][a-z]){3,}(?![a-z0-9]))/g;

/** The replacement of one TRICK_OR_WHITESPACE match. */
function untrickOrCollapse(match: string): string {
  const first = match.charCodeAt(0);
  if (first < 97 || first > 122) return match.includes(TEXT_BREAK) ? TEXT_BREAK : ' ';
  // A leet pair is two characters, a spaced run at least seven.
  if (match.length === 2) return match[0]! + LEET[match[1]!]!;
  // Drop only the run's own separator, so "r.i.s.k-f.r.e.e" keeps its hyphen and stays two words.
  return match.split(match[1]!).join('');
}

/**
 * Steps 5–7: join spaced letters, read leetspeak, and collapse every whitespace run into one TEXT_BREAK if it holds
 * one, else one space; no whitespace at the ends.
 */
export function untrickAndCollapse(text: string): string {
  return text.replace(TRICK_OR_WHITESPACE, untrickOrCollapse).trim();
}

export function normalizeText(input: string, maxChars: number = MAX_TEXT_CHARS): string {
  let text = input.length > maxChars ? input.slice(0, maxChars) : input;
  if (NEEDS_UNICODE_WORK.test(text)) {
    text = text.normalize('NFKC').toLowerCase().replace(INVISIBLE_OR_ACCENTED, foldChar);
  } else {
    text = text.toLowerCase();
  }
  return untrickAndCollapse(text);
}

/** Normalises a pack phrase exactly like page text, so data authors may write "Garantía" or "garantia". */
export function normalizePhrase(phrase: string): string {
  return normalizeText(phrase, 1000);
}
