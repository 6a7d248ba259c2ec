/**
 * Worst-case inputs for a regular expression, of a given length: long runs of what page and feed
 * text can be made of (spaces, newlines, digits, letters, punctuation), runs built from the
 * characters the pattern itself names, and recheck's attack string when it found one. A pattern
 * that is linear on all of them at 10k and 80k characters is taken as linear in practice.
 *
 * Inputs are recipes (plain data) and `measureRatio` uses nothing but its arguments and the
 * language, so the Firefox check sends the same recipes and the same function into a page.
 */
import type { Diagnostics } from 'recheck';

const GENERIC_UNITS = [
  ' ', '\n', ' \n', '\t \n', '\u00a0', '1', '1.', '1,', '1 ', '12% ', 'a', 'A', 'a ', 'a.', 'a-', 'a1', 'ab ', '-',
  '.', ',', ':', '#', '%', '/', '"', "'", '0x', '- ', ': ', 'é', '€',
];

/** Each part's fixed text, then its pump repeated; all pumps repeated the same number of times. */
export interface InputRecipe {
  name: string;
  parts: { fixed: string; pump: string }[];
  tail: string;
}

/** The characters a pattern names literally (escapes resolved for the common ones). */
function literalCharacters(source: string): string[] {
  const chars = new Set<string>();
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[++i];
      const escaped: Record<string, string> = { s: ' ', d: '7', w: 'w', n: '\n', t: '\t', b: '', S: 'x', D: 'x', W: '-' };
      if (next !== undefined) chars.add(escaped[next] ?? next);
    } else if (!'()[]{}|?*+^$'.includes(c)) {
      chars.add(c);
    }
  }
  chars.delete('');
  return [...chars];
}

/** Runs of each character the pattern names, and of neighbouring pairs of them. */
function patternUnits(regex: RegExp): string[] {
  const chars = literalCharacters(regex.source);
  const units = new Set<string>(chars);
  for (let i = 0; i + 1 < chars.length; i++) units.add(chars[i]! + chars[i + 1]!);
  units.add(chars.join(''));
  return [...units].filter((unit) => unit !== '');
}

export function adversarialInputs(regex: RegExp, diagnostics?: Diagnostics): InputRecipe[] {
  const inputs: InputRecipe[] = [];
  const head = patternUnits(regex).join('');
  for (const unit of new Set([...GENERIC_UNITS, ...patternUnits(regex)])) {
    inputs.push({ name: `run of ${JSON.stringify(unit)}`, parts: [{ fixed: '', pump: unit }], tail: '!' });
    // A match's start at the front, then the run: e.g. "url: " then spaces.
    if (head !== '') inputs.push({ name: `${JSON.stringify(head.slice(0, 12))} then ${JSON.stringify(unit)}`, parts: [{ fixed: head, pump: unit }], tail: '!' });
  }
  if (diagnostics?.status === 'vulnerable') {
    const { pumps, suffix } = diagnostics.attack;
    inputs.push({ name: 'recheck attack', parts: pumps.map((p) => ({ fixed: p.prefix, pump: p.pump })), tail: suffix });
  }
  return inputs;
}

export interface RatioSettings {
  short: number;
  long: number;
  /** Timed runs; the fastest counts. */
  runs: number;
  /** Below this an 80k scan is too quick to be anything but linear, and too quick to time well. */
  measurableMs: number;
}

/**
 * How much longer a full scan (every match, every start position, as matchAll does it) takes on
 * the long input than on the short one, per character: 8 for linear work at 10k/80k, 64 for
 * quadratic. The short input is scanned long/short times in each timed run, so both sides do the
 * same amount of linear work (and allocation, and garbage collection). 0 when the long scan is
 * below `measurableMs`. Self-contained: runs in Node and, as source text, in a browser page.
 */
export function measureRatio(source: string, flags: string, recipe: InputRecipe, settings: RatioSettings): number {
  const build = (length: number): string => {
    const fixed = recipe.parts.reduce((sum, p) => sum + p.fixed.length, 0) + recipe.tail.length;
    const pumped = recipe.parts.reduce((sum, p) => sum + p.pump.length, 0);
    const times = Math.max(1, Math.floor((length - fixed) / Math.max(1, pumped)));
    return recipe.parts.map((p) => p.fixed + p.pump.repeat(times)).join('') + recipe.tail;
  };
  const scan = (text: string): number => {
    const global = new RegExp(source, flags.replace(/[gy]/g, '') + 'g');
    let count = 0;
    for (let match = global.exec(text); match !== null; match = global.exec(text)) {
      count++;
      if (match[0] === '') global.lastIndex++;
    }
    return count;
  };
  // This process's CPU time where there is one (Node): on a busy machine the wall clock also
  // counts the time other programs ran. A page has only the wall clock.
  const cpu = typeof process === 'undefined' ? undefined : process.cpuUsage;
  const now = cpu === undefined ? () => performance.now() : () => (cpu().user + cpu().system) / 1000;
  const fastest = (text: string, times: number): number => {
    let best = Number.POSITIVE_INFINITY;
    for (let run = 0; run < settings.runs; run++) {
      const start = now();
      for (let i = 0; i < times; i++) scan(text);
      best = Math.min(best, now() - start);
    }
    return best;
  };
  const long = build(settings.long);
  const first = now();
  scan(long);
  if (now() - first < settings.measurableMs) return 0;
  const scale = settings.long / settings.short;
  return (scale * fastest(long, 1)) / Math.max(fastest(build(settings.short), scale), 1e-3);
}
