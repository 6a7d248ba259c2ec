/**
 * DOM → PageSnapshot. Takes the Document as an ARGUMENT (never the global `document`), so the same
 * code runs in the content script and in Node on jsdom (scripts/parse-html.ts: scanner CLI, eval, tests).
 * Cheap by design: one walk over text nodes with a character budget, no layout, no computed styles.
 * Element boundaries are kept in the text as TEXT_BREAK (see BOUNDARY below).
 */
import {
  MAX_FIELDS_PER_FORM, MAX_FORMS, MAX_LINKS, MAX_TEXT_CHARS, MAX_TITLE_CHARS, TEXT_BREAK, type PageSnapshot,
} from './snapshot.ts';

export interface ExtractOptions {
  /** Character budget for the visible text (default and maximum: MAX_TEXT_CHARS). */
  maxTextChars?: number;
}

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
      if (child.nodeType === TEXT_NODE && WORD_CHAR.test(child.nodeValue ?? '')) {
        own = true;
        break;
      }
    }
    hasOwnWords.set(parent, own);
  }
  return !own;
}

function visibleText(root: Node | null, budget: number): string {
  if (!root) return '';
  const parts: string[] = [];
  let used = 0;
  const hasOwnWords = new Map<Node, boolean>();
  // Iterative walk: hostile pages nest thousands of levels deep.
  const stack: (Node | typeof CLOSE)[] = [root];
  while (stack.length > 0 && used < budget) {
    const node = stack.pop()!;
    if (node === CLOSE) {
      parts.push(TEXT_BREAK);
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      // Text nodes join as the browser shows them: "<b>Pro</b>fit" is one word, source line breaks are spaces.
      const value = (node.nodeValue ?? '').replace(WHITESPACE, ' ');
      parts.push(value);
      used += value.length;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED.has(tag)) continue;
    if (tag === 'BR') parts.push(' ');
    else if (BOUNDARY.has(tag) || (tag === 'A' && isMenuLink(node, hasOwnWords))) {
      parts.push(TEXT_BREAK);
      stack.push(CLOSE);
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts.join('').replace(SPACES, ' ').replace(BREAKS, TEXT_BREAK).trim().slice(0, budget);
}

function absoluteHost(href: string, base: string): string | null {
  try {
    const url = new URL(href, base || undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

function attr(el: Element, name: string): string {
  return el.getAttribute(name) ?? '';
}

export function extractSnapshot(doc: Document, url: string, options: ExtractOptions = {}): PageSnapshot {
  const budget = Math.min(options.maxTextChars ?? MAX_TEXT_CHARS, MAX_TEXT_CHARS);
  const title = (doc.querySelector('title')?.textContent ?? '').trim().slice(0, MAX_TITLE_CHARS);
  const text = visibleText(doc.body ?? doc.documentElement, budget);

  const forms = [...doc.querySelectorAll('form')].slice(0, MAX_FORMS).map((form) => ({
    action: attr(form, 'action'),
    method: attr(form, 'method').toLowerCase(),
    fields: [...form.querySelectorAll('input, textarea, select')].slice(0, MAX_FIELDS_PER_FORM).map((field) => {
      const tag = field.tagName.toLowerCase();
      const id = attr(field, 'id');
      return {
        name: attr(field, 'name'),
        type: tag === 'input' ? attr(field, 'type').toLowerCase() || 'text' : tag,
        placeholder: attr(field, 'placeholder') || attr(field, 'aria-label'),
        ...(id ? { id } : {}),
        tag,
      };
    }),
  }));

  const hosts = new Set<string>();
  const addHost = (href: string) => {
    const host = href ? absoluteHost(href, url) : null;
    // Only hosts of ABSOLUTE links: relative links point back to the page's own site.
    if (host && /^[a-z][a-z0-9+.-]*:/i.test(href) && hosts.size < MAX_LINKS) hosts.add(host);
  };
  for (const a of doc.querySelectorAll('a[href]')) {
    if (hosts.size >= MAX_LINKS) break;
    addHost(attr(a, 'href'));
  }
  for (const form of doc.querySelectorAll('form[action]')) addHost(attr(form, 'action'));

  const lang = attr(doc.documentElement, 'lang').trim().slice(0, 20);
  return { url, title, text, forms, links: [...hosts], ...(lang ? { lang } : {}) };
}
