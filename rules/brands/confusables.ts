/**
 * Homoglyphs as data: characters (and ASCII sequences) that look like a Latin letter in a URL bar.
 * A label's "skeleton" replaces each with the letter it imitates, so "bіnance" (Cyrillic і),
 * "metarnask" (rn → m) and "c0inbase" (0 → o) all have the skeleton of the brand they imitate.
 * A subset of Unicode's confusables.txt (UTS #39), limited to what shows up in phishing domains.
 */
const CONFUSABLE_CHARS: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', б: '6', в: 'b', г: 'r', с: 'c', е: 'e', ё: 'e', һ: 'h', і: 'i', ї: 'i', ј: 'j', к: 'k', ӏ: 'l', м: 'm',
  н: 'h', о: 'o', п: 'n', р: 'p', ԛ: 'q', ѕ: 's', т: 't', у: 'y', ў: 'y', х: 'x', ԝ: 'w', ь: 'b', ѵ: 'v', ү: 'y',
  ԁ: 'd', ɡ: 'g', ԍ: 'g', ℎ: 'h', ӓ: 'a', ӧ: 'o', ӱ: 'y', є: 'e', ҫ: 'c', ԃ: 'd', ԧ: 'h',
  // Greek
  α: 'a', β: 'b', γ: 'y', ε: 'e', ι: 'i', ί: 'i', κ: 'k', ν: 'v', ο: 'o', ό: 'o', ρ: 'p', τ: 't', υ: 'u', ύ: 'u',
  χ: 'x', ω: 'w', η: 'n', μ: 'u', ϲ: 'c', ϳ: 'j', ϵ: 'e', ά: 'a', έ: 'e',
  // Armenian
  ո: 'n', ս: 'u', օ: 'o', ց: 'g', հ: 'h', ք: 'p', ա: 'w',
  // Latin letters that NFD does not split
  ı: 'i', ɩ: 'i', ɑ: 'a', ʏ: 'y', ǀ: 'l', ℓ: 'l', ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ŀ: 'l', ƅ: 'b', ɗ: 'd', ɓ: 'b',
  ȷ: 'j', ɢ: 'g', ʜ: 'h', ɪ: 'i', ʟ: 'l', ɴ: 'n', ʀ: 'r', ꜱ: 's', ᴀ: 'a', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ᴋ: 'k', ᴍ: 'm',
  ᴏ: 'o', ᴘ: 'p', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ᴢ: 'z',
};

/** ASCII look-alikes, applied after the character table, in this order. */
const CONFUSABLE_SEQUENCES: readonly (readonly [string, string])[] = [
  ['rn', 'm'],
  ['vv', 'w'],
  ['0', 'o'],
  ['1', 'l'],
];

const COMBINING_MARKS = /\p{M}/gu;

/**
 * The skeleton of a (lower-case, Unicode) domain label: accents dropped, homoglyphs replaced by the Latin
 * letter they imitate. Two labels with the same skeleton look the same to a reader.
 */
export function skeleton(label: string): string {
  let out = '';
  for (const char of label.normalize('NFD').replace(COMBINING_MARKS, '')) out += CONFUSABLE_CHARS[char] ?? char;
  for (const [from, to] of CONFUSABLE_SEQUENCES) out = out.split(from).join(to);
  return out;
}
