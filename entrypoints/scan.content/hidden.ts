/**
 * Whether the page hides an element, and all it holds, from its reader by its stylesheets or its layout:
 * the `isHidden` of rules/extract.ts, which asks it only on a page whose text is over the budget, top-down
 * (never below an element already found hidden), so hidden filler is read after the visible text.
 * What a reader cannot see: no box (display:none here or above, content-visibility:hidden above, a closed
 * <details>), visibility:hidden, a box of (almost) no size that clips what it holds, text of no size, and
 * a box pushed off the page to the left or above, where no scrolling reaches.
 * content-visibility:auto is not asked about: the text it skips below the fold is text the reader scrolls to.
 */
// `checkVisibilityCSS` is what `visibilityProperty` was called before Chrome 121 and Firefox 122.
const CHECKS: CheckVisibilityOptions = { visibilityProperty: true, checkVisibilityCSS: true };

export function isHiddenByPage(el: Element): boolean {
  const box = el.getBoundingClientRect();
  if (box.right + scrollX < 0 || box.bottom + scrollY < 0) return true;
  const shown = el.checkVisibility?.(CHECKS);
  // Most elements: one box and one visibility check, no computed style.
  if (shown && box.width > 1 && box.height > 1) return false;
  const style = getComputedStyle(el);
  // display:contents: no box of its own, yet its children show.
  if (style.display === 'contents') return false;
  if (shown === false || hiddenByOwnStyle(style)) return true;
  const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
  return (box.width <= 1 || box.height <= 1) && (clips || style.fontSize === '0px');
}

/** The element's own styles (Element.checkVisibility is missing before Chrome 105); its hidden ancestors were asked first. */
function hiddenByOwnStyle(style: CSSStyleDeclaration): boolean {
  return style.display === 'none' || style.visibility !== 'visible' || style.contentVisibility === 'hidden';
}
