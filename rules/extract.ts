/**
 * DOM → PageSnapshot. Takes the Document as an ARGUMENT (never the global `document`), so the same
 * code runs in the content script and in Node on jsdom (scripts/parse-html.ts: scanner CLI, eval, tests).
 * Cheap by design: one walk over text nodes with a character budget, no layout, no computed styles.
 */
import { MAX_FIELDS_PER_FORM, MAX_FORMS, MAX_LINKS, MAX_TEXT_CHARS, MAX_TITLE_CHARS, type PageSnapshot } from './snapshot.ts';

export interface ExtractOptions {
  /** Character budget for the visible text (default and maximum: MAX_TEXT_CHARS). */
  maxTextChars?: number;
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', 'IFRAME', 'OBJECT', 'CANVAS']);
const BLOCK = /^(P|DIV|LI|TR|H[1-6]|SECTION|ARTICLE|HEADER|FOOTER|NAV|TD|TH|BR|FORM|LABEL|BUTTON|OPTION|UL|OL|TABLE)$/;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function visibleText(root: Node | null, budget: number): string {
  if (!root) return '';
  const parts: string[] = [];
  let used = 0;
  // Iterative walk: hostile pages nest thousands of levels deep.
  const stack: Node[] = [root];
  while (stack.length > 0 && used < budget) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      if (value.trim() !== '') {
        parts.push(value);
        used += value.length;
      }
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED.has(tag)) continue;
    if (BLOCK.test(tag)) parts.push('\n');
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts.join(' ').replace(/[ \t]*\n[\s]*/g, '\n').slice(0, budget);
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
