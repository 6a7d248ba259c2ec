/**
 * Pushes the page down by the banner's height, so the fixed banner never covers the top of the page
 * (its logo, heading or menu) and the page stays usable below it; follows the banner as it grows
 * ("Why?") or shrinks. The page's own bars fixed or stuck to the top of the window (a header with
 * position:fixed; top:0) would still sit under the banner: they move down by the same height.
 * Returns the undo, which puts back the page's own padding and its bars' places.
 */
export function reserveSpace(doc: Document, banner: HTMLElement): () => void {
  const html = doc.documentElement;
  const before = savedStyle(html, 'padding-top');
  const bars = new Map<HTMLElement, { top: number; style: SavedStyle }>();
  const apply = () => {
    const height = Math.ceil(banner.getBoundingClientRect().height);
    html.style.setProperty('padding-top', `${height}px`, 'important');
    for (const bar of topBars(doc, height)) if (!bars.has(bar.element)) bars.set(bar.element, { top: bar.top, style: savedStyle(bar.element, 'top') });
    for (const [element, { top }] of bars) element.style.setProperty('top', `${top + height}px`, 'important');
  };
  const observer = new ResizeObserver(apply);
  observer.observe(banner);
  apply();
  return () => {
    observer.disconnect();
    restoreStyle(html, 'padding-top', before);
    for (const [element, { style }] of bars) restoreStyle(element, 'top', style);
  };
}

/** More elements than a page's header is ever behind; a huge page is not read to its end. */
const MAX_ELEMENTS = 5_000;

/** The page's elements fixed or sticky near the top of the window, where the banner would cover them. */
function topBars(doc: Document, bannerHeight: number): { element: HTMLElement; top: number }[] {
  const found: { element: HTMLElement; top: number }[] = [];
  if (!doc.body) return found;
  const view = doc.defaultView!;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_ELEMENT);
  for (let seen = 0, node = walker.nextNode(); node && seen < MAX_ELEMENTS; node = walker.nextNode(), seen++) {
    if (!(node instanceof HTMLElement)) continue;
    const style = view.getComputedStyle(node);
    if (style.position !== 'fixed' && style.position !== 'sticky') continue;
    const top = Number.parseFloat(style.top);
    // "auto" (a bar at the bottom) and bars placed below the banner already are left alone; a sticky bar
    // moves too while it is still in the flow, so that it sticks below the banner when the page scrolls.
    if (Number.isFinite(top) && top >= 0 && top < bannerHeight) found.push({ element: node, top });
  }
  return found;
}

interface SavedStyle {
  value: string;
  priority: string;
}

function savedStyle(element: HTMLElement, property: string): SavedStyle {
  return { value: element.style.getPropertyValue(property), priority: element.style.getPropertyPriority(property) };
}

function restoreStyle(element: HTMLElement, property: string, saved: SavedStyle): void {
  if (saved.value) element.style.setProperty(property, saved.value, saved.priority);
  else element.style.removeProperty(property);
}
