import { clipPathHides, clipRectHides, indentHides } from '@/rules/hiding-styles';
import { allInsideHide, type InsideReads } from './inner-elements';
import { sameColourCheck } from './same-colour';

/**
 * Whether the page hides an element, and all it holds, from its reader by its stylesheets or its layout:
 * the `isHidden` of rules/extract.ts, which asks it only on a page whose text is over the budget, top-down
 * (never below an element already found hidden), so hidden filler is read after the visible text.
 * What a reader cannot see: no box (display:none here or above, content-visibility:hidden above, a closed
 * <details>), visibility:hidden (unless an element inside is visible again), a box of (almost) no size that
 * clips what it holds, text of no size, a box pushed off the page to the left or above, where no scrolling
 * reaches, a clip or clip-path that leaves
 * nothing of the box, a text-indent that moves its one line out of sight (rules/hiding-styles.ts), and
 * text of no colour or of the colour behind it (same-colour.ts).
 * content-visibility:auto is not asked about: the text it skips below the fold is text the reader scrolls to.
 * opacity:0 is not either: fade-in effects start honest text at opacity 0.
 */
// `checkVisibilityCSS` is what `visibilityProperty` was called before Chrome 121 and Firefox 122.
const CHECKS: CheckVisibilityOptions = { visibilityProperty: true, checkVisibilityCSS: true };
/** A line is this many times its font size high when line-height is `normal` (about 1.2 in common fonts). */
const NORMAL_LINE_HEIGHT = 1.2;

/**
 * The quick question (`drawsNothing` of rules/extract.ts), for elements past the full check's cap: no box for it
 * or anything it holds (display:none on it or above, content-visibility:hidden above).
 */
export const drawsNothing = (el: Element): boolean => el.checkVisibility?.() === false;

/** The check for one snapshot: what it learns of the page's colours is kept for that snapshot only. */
export function pageHidingCheck(): (el: Element) => boolean {
  const reads: InsideReads = { count: 0 };
  const sameColour = sameColourCheck(reads);
  return (el) => isHiddenByPage(el, reads, sameColour);
}

function isHiddenByPage(el: Element, reads: InsideReads, sameColour: ReturnType<typeof sameColourCheck>): boolean {
  const box = el.getBoundingClientRect();
  if (box.right + scrollX < 0 || box.bottom + scrollY < 0) return true;
  const shown = el.checkVisibility?.(CHECKS);
  const style = getComputedStyle(el);
  // display:contents: no box of its own, yet its children show.
  if (style.display === 'contents') return false;
  if (shown === false || hiddenByOwnStyle(style)) return !(hiddenOnlyByVisibility(el, style) && visibleInside(el, reads));
  const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
  if (box.width <= 1 || box.height <= 1) return clips || style.fontSize === '0px' || sameColour(el, style);
  return (
    (style.clipPath !== 'none' && clipPathHides(style.clipPath, box)) ||
    (style.clip !== 'auto' && clipRectHides(style.clip, style.position)) ||
    (style.textIndent !== '0px' &&
      indentHides({ width: box.width, height: box.height, pageRight: box.right + scrollX, textIndent: style.textIndent, oneLine: keepsOneLine(style, box, clips), clips })) ||
    sameColour(el, style)
  );
}

/** The element's own styles (Element.checkVisibility is missing before Chrome 105); its hidden ancestors were asked first. */
function hiddenByOwnStyle(style: CSSStyleDeclaration): boolean {
  return style.display === 'none' || style.visibility !== 'visible' || style.contentVisibility === 'hidden';
}

/** Hidden by visibility:hidden (or collapse) alone: it has a box, and an element inside may be visible again. */
function hiddenOnlyByVisibility(el: Element, style: CSSStyleDeclaration): boolean {
  return style.visibility !== 'visible' && style.display !== 'none' && style.contentVisibility !== 'hidden' && el.checkVisibility?.() !== false;
}

/** An element inside sets visibility:visible again (or cannot be read: it then counts as visible). */
function visibleInside(el: Element, reads: InsideReads): boolean {
  return !allInsideHide(el, reads, (_inner, style) => (style.display === 'none' ? 'hides all' : style.visibility === 'visible' ? 'may show' : 'hides'));
}

/** Its text stays on one line (nowrap), or the box clips it to less than two lines. */
function keepsOneLine(style: CSSStyleDeclaration, box: DOMRect, clips: boolean): boolean {
  if (style.whiteSpace === 'nowrap' || style.whiteSpace === 'pre' || style.getPropertyValue('text-wrap-mode') === 'nowrap') return true;
  const lineHeight = style.lineHeight === 'normal' ? Number.parseFloat(style.fontSize) * NORMAL_LINE_HEIGHT : Number.parseFloat(style.lineHeight);
  return clips && box.height < 2 * lineHeight;
}
