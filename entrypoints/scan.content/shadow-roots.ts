/**
 * Shadow roots for the page check, closed ones included where the browser lets a content script have them, so
 * that a page cannot hide its text from the check by putting it in a closed shadow root:
 * - Firefox gives content scripts `Element.openOrClosedShadowRoot`: every element's closed root is read.
 * - Chromium's way, `dom.openOrClosedShadowRoot`, is an extension-API call of about 1 µs an element: too dear to
 *   make for every element of every page. It is asked of the places a page hides a whole pitch in: an element
 *   of a custom name (a web component, `<offer-box>`), the outer blocks of the page (its `<body>` and up to
 *   three levels under it, where a wrapper around the page's content sits), and an empty element a script
 *   fills (`<div id="app"></div>`); each kind at most a few hundred times a snapshot, a few tenths of a
 *   millisecond. A closed root deeper down on a plain element that has children of its own is not read there.
 */
import { browser } from 'wxt/browser';
import { loadedBannerChunk } from '@/components/lib/banner-chunk';

type WithClosedRoot = Element & { openOrClosedShadowRoot?: ShadowRoot | null };
type ClosedRootApi = { openOrClosedShadowRoot(element: HTMLElement): ShadowRoot | null };

/** The elements a page can attach a shadow root to, besides those of a custom name (the DOM standard's list). */
const SHADOW_HOST_TAGS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);
/** How many levels under `<body>` count as the page's outer blocks. */
const OUTER_LEVELS = 3;
/** Chromium: at most this many elements of each kind of hiding place are asked about, a snapshot. */
export const MAX_CLOSED_ROOT_ASKS = 300;

/** Whether this browser gives the content script every closed shadow root (asked of the first element read). */
let everyRootReadable: boolean | undefined;

/** The shadow root reader for one snapshot (its own allowance of Chromium's API calls). */
export function shadowRootReader(): (el: Element) => ShadowRoot | null {
  const dom = (browser as unknown as { dom?: ClosedRootApi }).dom;
  const asksLeft: Record<HidingPlace, number> = { named: MAX_CLOSED_ROOT_ASKS, outer: MAX_CLOSED_ROOT_ASKS, empty: MAX_CLOSED_ROOT_ASKS };
  // A page over its text budget is read twice (rules/extract.ts): the second reading gets the first one's answers
  // instead of asking again and spending the allowance twice.
  const answers = new Map<Element, ShadowRoot | null>();
  const askBrowser = (el: Element): ShadowRoot | null => {
    if (dom === undefined) return null;
    const known = answers.get(el);
    if (known !== undefined) return known;
    const kind = hidingPlace(el);
    if (kind === null || asksLeft[kind] === 0) return null;
    asksLeft[kind]--;
    let root: ShadowRoot | null;
    try {
      root = dom.openOrClosedShadowRoot(el as HTMLElement) ?? null;
    } catch {
      root = null; // not an HTML element (SVG has names with a hyphen too): it has no shadow root
    }
    answers.set(el, root);
    return root;
  };
  return (el) => {
    everyRootReadable ??= 'openOrClosedShadowRoot' in el;
    const root = everyRootReadable ? ((el as WithClosedRoot).openOrClosedShadowRoot ?? null) : (el.shadowRoot ?? askBrowser(el));
    // The banner's own root holds the extension's words, not the page's (a re-check would read them as the page's).
    return root !== null && root === loadedBannerChunk()?.ownRoot() ? null : root;
  };
}

type HidingPlace = 'named' | 'outer' | 'empty';

/** Which kind of likely hiding place for a closed shadow root `el` is, if any. */
function hidingPlace(el: Element): HidingPlace | null {
  if (el.localName.includes('-')) return 'named';
  if (!SHADOW_HOST_TAGS.has(el.localName)) return null;
  if (isOuterBlock(el)) return 'outer';
  return el.firstChild === null ? 'empty' : null;
}

/** `<body>` or an element at most OUTER_LEVELS under it (in its own document: a frame's body counts for its frame). */
function isOuterBlock(el: Element): boolean {
  const body = el.ownerDocument.body;
  let up: Element | null = el;
  for (let level = 0; up !== null && level <= OUTER_LEVELS; level++, up = up.parentElement) {
    if (up === body) return true;
  }
  return false;
}
