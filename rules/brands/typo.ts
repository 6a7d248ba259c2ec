/**
 * Which single edits of a brand label a reader is likely to miss. Arbitrary one-letter changes of short
 * labels produce real, unrelated names ("tandem" / "tangem", "paypay" / "paypal"), so only these count:
 *  - two neighbouring letters swapped ("coinbsae");
 *  - a letter doubled or a double letter made single ("coinbasse", "metamsk" is NOT this one);
 *  - one letter dropped from a label of 7+ letters ("metamsk", "bitstmp");
 *  - one letter replaced by a look-alike ("kucoim", "b1nance", "etor0");
 *  - anything else only for labels of 9+ letters, where a one-letter change rarely makes another word.
 * `typo` and `label` must be exactly one edit apart (see boundedEditDistance).
 */
const SIMILAR_GROUPS: readonly string[] = ['il1j', 'o0q', 'mn', 'uv', 'vy', 'ce', 'gq9', 'b6', 's5', 'z2', 'a4'];
const ANY_EDIT_MIN = 9;
const DROP_MIN = 7;

function similar(a: string, b: string): boolean {
  return SIMILAR_GROUPS.some((group) => group.includes(a) && group.includes(b));
}

/** The index of the first difference between a and b (or the shorter length). */
function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

export function isPlausibleTypo(typo: string, label: string): boolean {
  if (label.length >= ANY_EDIT_MIN) return true;
  const i = firstDifference(typo, label);
  if (typo.length === label.length) {
    if (typo[i + 1] === label[i] && typo[i] === label[i + 1] && typo.slice(i + 2) === label.slice(i + 2)) return true;
    return similar(typo[i]!, label[i]!);
  }
  const longer = typo.length > label.length ? typo : label;
  // The extra letter (inserted in the typo, or dropped from the label) repeats a neighbour: doubling.
  const extra = longer[i]!;
  if (longer[i - 1] === extra || longer[i + 1] === extra) return true;
  return longer === label && label.length >= DROP_MIN;
}
