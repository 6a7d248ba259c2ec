/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions: "coinbsae"), with an
 * upper bound: returns max + 1 as soon as the distance must exceed `max`. O(len(a) × len(b)) with tiny
 * strings (domain labels, ≤ 63 characters).
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const cols = b.length + 1;
  let prevPrev = new Int32Array(cols);
  let prev = new Int32Array(cols);
  let row = new Int32Array(cols);
  for (let j = 0; j < cols; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1);
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return Math.min(prev[b.length]!, max + 1);
}

/**
 * Exactly one edit apart (substitution, insertion, deletion or adjacent swap), in one linear pass: the
 * common prefix and common suffix must leave at most the edited spot. Same answer as
 * boundedEditDistance(a, b, 1) === 1, without the table, for the hot loop over brand labels.
 */
export function isOneEditApart(a: string, b: string): boolean {
  const diff = a.length - b.length;
  if (diff > 1 || diff < -1 || a === b) return false;
  const shorter = Math.min(a.length, b.length);
  let p = 0;
  while (p < shorter && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let q = 0;
  while (q < shorter - p && a.charCodeAt(a.length - 1 - q) === b.charCodeAt(b.length - 1 - q)) q++;
  if (diff !== 0) return p + q >= shorter;
  if (p + q >= a.length - 1) return true;
  return p + q === a.length - 2 && a[p] === b[p + 1] && a[p + 1] === b[p];
}
