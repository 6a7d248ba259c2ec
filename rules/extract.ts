/**
 * DOM → PageSnapshot. Takes the Document as an ARGUMENT (never the global `document`), so the same
 * code runs in the content script and in Node on jsdom (scripts/parse-html.ts: scanner CLI, eval, tests).
 * Cheap by design: one walk over text nodes with a character budget, no layout, no computed styles; only a
 * page whose text is over the budget is walked again, asking the caller's `isHidden` (the browser's
 * styles and layout, see ExtractOptions) so that hidden text is read last.
 * Element boundaries are kept in the text as TEXT_BREAK (see BOUNDARY below).
 * Page content is hostile: every attribute, URL and text node is clipped to its cap as it is read,
 * before any regular expression or parser sees it.
 */
import {
  MAX_ACTION_CHARS, MAX_FIELD_ID_CHARS, MAX_FIELD_NAME_CHARS, MAX_FIELD_TYPE_CHARS, MAX_FIELDS_PER_FORM, MAX_FORMS,
  MAX_LANG_CHARS, MAX_LINK_CHARS, MAX_LINKS, MAX_METHOD_CHARS, MAX_PLACEHOLDER_CHARS, MAX_TEXT_CHARS, MAX_TITLE_CHARS,
  MAX_URL_CHARS, TEXT_BREAK,
} from './snapshot-limits.ts';
import { frameDocument, MAX_FRAMES_READ } from './page-frames.ts';
import type { PageSnapshot } from './snapshot.ts';

export interface ExtractOptions {
  /** Character budget for the visible text (default and maximum: MAX_TEXT_CHARS). */
  maxTextChars?: number;
  /**
   * Whether the page hides an element (and all it holds) by means only a browser can tell: its
   * stylesheets and layout. Asked only on a page whose text is over the budget, top-down, never below an
   * element already found hidden. Without it (Node tools: no layout) only plainly hidden elements are
   * read last; the text of a page within its budget is the same either way.
   */
  isHidden?: (el: Element) => boolean;
  /**
   * The browser's quick answer for an element past MAX_HIDDEN_CHECKS: it and all it holds draw no box
   * (display:none on it or above, content-visibility:hidden above). About a tenth of `isHidden`'s cost, so a
   * page cannot bury its text under more separately hidden elements than `isHidden` may be asked about.
   */
  drawsNothing?: (el: Element) => boolean;
  /**
   * The element's shadow root, closed ones included, where the caller can ask for them (Firefox gives content
   * scripts `openOrClosedShadowRoot`). Without it only open shadow roots are read.
   */
  shadowRootOf?: (el: Element) => ShadowRoot | null;
}

const openShadowRoot = (el: Element): ShadowRoot | null => el.shadowRoot;

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', 'IFRAME', 'OBJECT', 'CANVAS']);
/**
 * Elements whose text a reader sees apart from what comes before and after (blocks, list items, table
 * cells, form controls): a TEXT_BREAK goes on each side, so no phrase joins two of them. Inline elements
 * (b, span, em…) stay inside the sentence: "<b>guaranteed</b> profit" is one phrase.
 */
const BOUNDARY = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BUTTON', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'IMG', 'INPUT', 'LABEL', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'OPTGROUP', 'OPTION', 'P', 'PRE', 'SECTION',
  'SELECT', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TEXTAREA', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** Marks, on the walk's stack, the end of a boundary element. */
const CLOSE = null;
const WHITESPACE = /\s+/g; // U+2029 included: a page's own TEXT_BREAK characters become plain spaces
const SPACES = / {2,}/g;
const BREAKS = / ?\u2029[ \u2029]*/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;
// The same answer for ASCII text without compiling WORD_CHAR's Unicode classes (a third of a millisecond
// the first time, in every tab): ASCII's letters and digits are its only letters and numbers.
const ASCII_WORD_CHAR = /[A-Za-z0-9]/;
const NON_ASCII = /[^\0-\x7f]/;
const hasWords = (text: string): boolean => ASCII_WORD_CHAR.test(text) || (NON_ASCII.test(text) && WORD_CHAR.test(text));
/** Enough of a text node to tell whether it holds words, of a style attribute to find "display: none". */
const MAX_PROBE_CHARS = 300;
/** A link address longer than this is not a link anyone follows; its host is in the first part anyway. */
const MAX_HREF_CHARS = 2000;

const clip = (value: string | null | undefined, max: number): string => (value ?? '').slice(0, max);

function attr(el: Element, name: string, max: number): string {
  return clip(el.getAttribute(name), max);
}

/**
 * Hidden where the DOM alone says so (the `hidden` attribute, an inline display:none or
 * visibility:hidden), the same in every DOM implementation, with no layout or computed style.
 */
function isPlainlyHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (!style) return false;
  const compact = clip(style, MAX_PROBE_CHARS).toLowerCase().replace(WHITESPACE, '');
  return compact.includes('display:none') || compact.includes('visibility:hidden');
}

/**
 * A link is a menu item, and so a boundary, unless it sits inside a sentence: its parent has words of
 * its own ("read our <a>terms</a> first"). "<a>Risk</a> | <a>Free</a>" has no words between the links.
 */
function isMenuLink(link: Node, hasOwnWords: Map<Node, boolean>): boolean {
  const parent = link.parentNode;
  if (!parent) return true;
  let own = hasOwnWords.get(parent);
  if (own === undefined) {
    own = false;
    for (const child of parent.childNodes) {
      if (child.nodeType === TEXT_NODE && hasWords(clip(child.nodeValue, MAX_PROBE_CHARS))) {
        own = true;
        break;
      }
    }
    hasOwnWords.set(parent, own);
  }
  return !own;
}

/**
 * The text of `root` in reading order, within `budget` characters, and whether the budget ran out. Text in
 * shadow roots (open ones, and closed ones where `shadowRootOf` gives them) and in frames of the same origin
 * (frameDocument; their documents go into `frames`, at most MAX_FRAMES_READ of them) is read where they sit;
 * the parts `isDeferred` says are hidden are read last, with what is left of the budget, so hidden filler
 * cannot push the visible text out of the snapshot.
 */
function readText(
  root: Node,
  budget: number,
  isDeferred: (el: Element) => boolean,
  frames: Set<Document>,
  shadowRootOf: (el: Element) => ShadowRoot | null,
): { text: string; overBudget: boolean } {
  const parts: string[] = [];
  let used = 0;
  const hasOwnWords = new Map<Node, boolean>();
  const readableFrame = (iframe: Element): Document | null => {
    const inner = frameDocument(iframe);
    if (inner === null || (!frames.has(inner) && frames.size >= MAX_FRAMES_READ)) return null;
    frames.add(inner);
    return inner;
  };
  const hidden: Element[] = [];
  // Iterative walk: hostile pages nest thousands of levels deep.
  const walk = (start: Node, deferHidden: boolean) => {
    const stack: (Node | typeof CLOSE)[] = [start];
    while (stack.length > 0 && used < budget) {
      const node = stack.pop()!;
      if (node === CLOSE) {
        parts.push(TEXT_BREAK);
        continue;
      }
      if (node.nodeType === TEXT_NODE) {
        // Text nodes join as the browser shows them: "<b>Pro</b>fit" is one word, source line breaks are spaces.
        const value = clip(node.nodeValue, budget - used).replace(WHITESPACE, ' ');
        parts.push(value);
        used += value.length;
        continue;
      }
      if (node.nodeType !== ELEMENT_NODE) continue;
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      const frame = tag === 'IFRAME' ? readableFrame(el) : null;
      if (frame === null && SKIPPED.has(tag)) continue;
      if (deferHidden && isDeferred(el)) {
        hidden.push(el);
        continue;
      }
      if (frame !== null) {
        // Its <body> is a boundary: the frame's text stays apart from the text around it.
        const body = frame.body ?? frame.documentElement;
        if (body) stack.push(body);
        continue;
      }
      if (tag === 'BR') parts.push(' ');
      else if (BOUNDARY.has(tag) || (tag === 'A' && isMenuLink(el, hasOwnWords))) {
        parts.push(TEXT_BREAK);
        stack.push(CLOSE);
      }
      // Sibling links, not a childNodes list: one call into the DOM a node (this walk runs in every tab).
      for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
      // A shadow root is what the page shows in place of the element's own children: read it first.
      const shadow = shadowRootOf(el);
      if (shadow) for (let child = shadow.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  };
  walk(root, true);
  const overBudget = used >= budget;
  for (const el of hidden) {
    if (used >= budget) break;
    parts.push(TEXT_BREAK);
    walk(el, false);
  }
  return { text: parts.join('').replace(SPACES, ' ').replace(BREAKS, TEXT_BREAK).trim().slice(0, budget), overBudget };
}

/**
 * At most this many elements are asked `isHidden` in one snapshot: each answer costs the browser a style
 * and a layout lookup (about 6-10 µs an element), so a page of 100,000 elements cannot make its check
 * expensive. Elements with nothing inside are not asked (they hold no text), frames apart. Past the cap, elements are
 * asked `drawsNothing` (about 0.5 µs each in Chromium) up to MAX_QUICK_HIDDEN_CHECKS, and past that they
 * count as visible, as on a page read without `isHidden`.
 */
export const MAX_HIDDEN_CHECKS = 2_000;
/** At most this many `drawsNothing` answers in one snapshot (about 25 ms in all, on a page built to need them). */
export const MAX_QUICK_HIDDEN_CHECKS = 50_000;

/**
 * The page's text (readText). A page within its budget is read once, with no style or layout asked; a
 * page over it is read again with the caller's `isHidden` as well, so that text hidden by a stylesheet
 * (a class with display:none, a box of no size, text pushed off-screen…) is read only after the visible
 * text, as plainly hidden text is.
 */
function visibleText(root: Node | null, budget: number, options: ExtractOptions, frames: Set<Document>): string {
  if (!root) return '';
  const { isHidden, drawsNothing, shadowRootOf = openShadowRoot } = options;
  const plain = readText(root, budget, isPlainlyHidden, frames, shadowRootOf);
  if (!plain.overBudget || !isHidden) return plain.text;
  let checks = 0;
  const askBrowser = (el: Element): boolean => {
    // Nothing inside holds no text; a frame does, in its own document (read where it sits).
    if (el.firstChild === null && shadowRootOf(el) === null && el.tagName.toUpperCase() !== 'IFRAME') return false;
    checks++;
    if (checks <= MAX_HIDDEN_CHECKS) return isHidden(el);
    return checks <= MAX_HIDDEN_CHECKS + MAX_QUICK_HIDDEN_CHECKS && drawsNothing !== undefined && drawsNothing(el);
  };
  return readText(root, budget, (el) => isPlainlyHidden(el) || askBrowser(el), frames, shadowRootOf).text;
}

/** The host of an absolute http(s) link; relative links point back to the page's own site. */
function absoluteHost(href: string, base: string): string | null {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(href)) return null;
  try {
    const url = new URL(href, base || undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? clip(url.hostname.toLowerCase(), MAX_LINK_CHARS) : null;
  } catch {
    return null;
  }
}

export function extractSnapshot(doc: Document, pageUrl: string, options: ExtractOptions = {}): PageSnapshot {
  const budget = Math.min(options.maxTextChars ?? MAX_TEXT_CHARS, MAX_TEXT_CHARS);
  const url = clip(pageUrl, MAX_URL_CHARS);
  const title = clip(doc.querySelector('title')?.textContent, MAX_TITLE_CHARS * 2).trim().slice(0, MAX_TITLE_CHARS);
  const frames = new Set<Document>();
  const text = visibleText(doc.body ?? doc.documentElement, budget, options, frames);
  // The forms and links of the frames whose text was read are the page's too.
  const documents = [doc, ...frames];

  const forms = documents.flatMap((d) => [...d.querySelectorAll('form')].slice(0, MAX_FORMS)).slice(0, MAX_FORMS).map((form) => ({
    action: attr(form, 'action', MAX_ACTION_CHARS),
    method: attr(form, 'method', MAX_METHOD_CHARS).toLowerCase(),
    fields: [...form.querySelectorAll('input, textarea, select')].slice(0, MAX_FIELDS_PER_FORM).map((field) => {
      const tag = field.tagName.toLowerCase();
      const id = attr(field, 'id', MAX_FIELD_ID_CHARS);
      return {
        name: attr(field, 'name', MAX_FIELD_NAME_CHARS),
        type: tag === 'input' ? attr(field, 'type', MAX_FIELD_TYPE_CHARS).toLowerCase() || 'text' : tag,
        placeholder: attr(field, 'placeholder', MAX_PLACEHOLDER_CHARS) || attr(field, 'aria-label', MAX_PLACEHOLDER_CHARS),
        ...(id ? { id } : {}),
        tag,
      };
    }),
  }));

  const hosts = new Set<string>();
  const addHost = (href: string) => {
    const host = href ? absoluteHost(href, url) : null;
    if (host && hosts.size < MAX_LINKS) hosts.add(host);
  };
  for (const d of documents) {
    for (const a of d.querySelectorAll('a[href]')) {
      if (hosts.size >= MAX_LINKS) break;
      addHost(attr(a, 'href', MAX_HREF_CHARS));
    }
    for (const form of d.querySelectorAll('form[action]')) addHost(attr(form, 'action', MAX_HREF_CHARS));
  }

  const lang = attr(doc.documentElement, 'lang', MAX_LANG_CHARS * 2).trim().slice(0, MAX_LANG_CHARS);
  return { url, title, text, forms, links: [...hosts], ...(lang ? { lang } : {}) };
}
