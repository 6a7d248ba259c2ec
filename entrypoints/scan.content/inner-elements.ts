/**
 * Reading what a box found hidden holds, when its own style does not decide for all of it: an element
 * inside may be shown again (visibility:visible inside visibility:hidden, a colour of its own inside
 * white on white). Style only, no layout; shared by the checks of one snapshot.
 */

/**
 * At most this many elements inside such boxes are read in one snapshot (the colour check's, with their
 * pseudo-elements, take up to about 15 µs each in Chromium: 75 ms at most, on a page that hides that much).
 * A box whose contents are not all read counts as visible, and what it holds is then asked element by
 * element like any other.
 */
const MAX_INSIDE_READS = 5_000;

/** What a test says of one element inside: it hides (read on), hides with all it holds (skip them), or may show. */
export type InnerVerdict = 'hides' | 'hides all' | 'may show';

/** Counts the elements read inside boxes during one snapshot. */
export interface InsideReads {
  count: number;
}

/**
 * Whether every element inside `el` hides by `test`, as long as `reads` allows. An element with a shadow
 * root may show anything: it ends the walk, as a test that says 'may show' does.
 */
export function allInsideHide(el: Element, reads: InsideReads, test: (inner: Element, style: CSSStyleDeclaration) => InnerVerdict): boolean {
  const stack: Element[] = [...el.children];
  while (stack.length > 0) {
    const inner = stack.pop()!;
    if (++reads.count > MAX_INSIDE_READS || inner.shadowRoot) return false;
    const verdict = test(inner, getComputedStyle(inner));
    if (verdict === 'may show') return false;
    if (verdict === 'hides') stack.push(...inner.children);
  }
  return true;
}
