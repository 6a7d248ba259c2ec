/**
 * Worst-case inputs for a regular expression, of a given length: long runs of what page and feed
 * text can be made of (spaces, newlines, digits, letters, punctuation), runs built from the
 * characters the pattern itself names, and recheck's attack string when it found one. A pattern
 * that is linear on all of them at 10k and 80k characters is taken as linear in practice.
 */
import type { Diagnostics } from 'recheck';

const GENERIC_UNITS = [
  ' ', '\n', ' \n', '\t \n', '\u00a0', '1', '1.', '1,', '1 ', '12% ', 'a', 'A', 'a ', 'a.', 'a-', 'a1', 'ab ', '-',
  '.', ',', ':', '#', '%', '/', '"', "'", '0x', '- ', ': ', 'é', '€',
];

function repeatTo(unit: string, length: number, prefix = '', suffix = '!'): string {
  const body = Math.max(0, length - prefix.length - suffix.length);
  return prefix + unit.repeat(Math.ceil(body / Math.max(1, unit.length))).slice(0, body) + suffix;
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

/** recheck's attack string, pumped to the length. */
function attackInput(diagnostics: Diagnostics | undefined, length: number): string[] {
  if (diagnostics?.status !== 'vulnerable') return [];
  const { pumps, suffix } = diagnostics.attack;
  const fixed = pumps.reduce((sum, p) => sum + p.prefix.length, 0) + suffix.length;
  const pumpLength = pumps.reduce((sum, p) => sum + p.pump.length, 0);
  const times = Math.max(1, Math.floor((length - fixed) / Math.max(1, pumpLength)));
  return [pumps.map((p) => p.prefix + p.pump.repeat(times)).join('') + suffix];
}

export interface NamedInput {
  name: string;
  make: (length: number) => string;
}

export function adversarialInputs(regex: RegExp, diagnostics?: Diagnostics): NamedInput[] {
  const inputs: NamedInput[] = [];
  for (const unit of new Set([...GENERIC_UNITS, ...patternUnits(regex)])) {
    inputs.push({ name: `run of ${JSON.stringify(unit)}`, make: (n) => repeatTo(unit, n) });
    // A match's start at the front, then the run: e.g. "url: " then spaces.
    const head = patternUnits(regex).join('');
    if (head !== '') inputs.push({ name: `${JSON.stringify(head.slice(0, 12))} then ${JSON.stringify(unit)}`, make: (n) => repeatTo(unit, n, head) });
  }
  if (diagnostics?.status === 'vulnerable') inputs.push({ name: 'recheck attack', make: (n) => attackInput(diagnostics, n)[0]! });
  return inputs;
}

/**
 * The whole-text scan the code does (every match, every start position), as matchAll does it.
 * An exec loop rather than replace(): V8 caches the results of a global replace on the same
 * string and pattern, which would make repeated short runs look free.
 */
export function scanAll(regex: RegExp, text: string): number {
  const global = new RegExp(regex.source, regex.flags.replace(/[gy]/g, '') + 'g');
  let count = 0;
  for (let match = global.exec(text); match !== null; match = global.exec(text)) {
    count++;
    if (match[0] === '') global.lastIndex++;
  }
  return count;
}
