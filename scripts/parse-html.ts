/**
 * HTML → Document for the Node tools (`npm run scan`, `npm run eval`, tests), parsed by parse5 exactly as
 * the HTML standard says a browser parses it: a BOM, comments or a <meta> before <head>, a fragment
 * without <html> and unclosed tags all end up where Chromium puts them, so rules/extract.ts reads the
 * same text here as in the content script. parse5 runs with scripting enabled, as in a browser with the
 * extension (a <noscript> in <head> stays there instead of pulling the head into the body); scripts
 * themselves never run. The tree is then built as a jsdom Document, a faithful DOM for extractSnapshot.
 */
import htmlEncodingSniffer from 'html-encoding-sniffer';
import { JSDOM } from 'jsdom';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { extractSnapshot } from '../rules/extract.ts';
import type { PageSnapshot } from '../rules/snapshot.ts';

type SourceNode = DefaultTreeAdapterMap['childNode'];
type SourceParent = DefaultTreeAdapterMap['parentNode'];

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes (a file) are read as UTF-8 when they are valid UTF-8, as a browser's encoding detector does for
 * an unlabelled page; otherwise by the standard's sniffing (BOM, then <meta charset>, then
 * windows-1252). The decoder drops a leading BOM; so is one dropped from a string (a JSONL `html` field).
 */
function decode(html: string | Uint8Array): string {
  if (typeof html === 'string') return html.startsWith('\uFEFF') ? html.slice(1) : html;
  try {
    return UTF8.decode(html);
  } catch {
    return new TextDecoder(htmlEncodingSniffer(html)).decode(html);
  }
}

/** Children of a parse5 node: a <template>'s are in its content fragment, as in the DOM. */
function childrenOf(node: SourceParent): SourceNode[] {
  return 'content' in node && node.nodeName === 'template' ? node.content.childNodes : node.childNodes;
}

/** Copies one parse5 node into `doc`; returns the DOM node whose children come next, or null. */
function copyNode(doc: Document, node: SourceNode, parent: Node): Node | null {
  switch (node.nodeName) {
    case '#text':
      parent.appendChild(doc.createTextNode((node as DefaultTreeAdapterMap['textNode']).value));
      return null;
    case '#comment':
      parent.appendChild(doc.createComment((node as DefaultTreeAdapterMap['commentNode']).data));
      return null;
    case '#documentType':
      return null; // no text: it changes nothing extraction reads
  }
  const source = node as DefaultTreeAdapterMap['element'];
  let element: Element;
  try {
    element = doc.createElementNS(source.namespaceURI, source.tagName);
  } catch {
    return parent; // a name the DOM API refuses ("<a@b>"): its children still belong to the page
  }
  for (const attr of source.attrs) {
    try {
      if (attr.namespace) element.setAttributeNS(attr.namespace, attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name, attr.value);
      else element.setAttribute(attr.name, attr.value);
    } catch {
      // An attribute name the DOM API refuses ('<p "x"=1>'): browsers keep it, but it holds no text or link.
    }
  }
  parent.appendChild(element);
  return element instanceof doc.defaultView!.HTMLTemplateElement ? element.content : element;
}

/**
 * Chromium's parser nests elements at most 512 deep and attaches deeper ones higher up: so do we, which
 * also keeps hostile pages that nest thousands of levels from costing jsdom quadratic time.
 */
const MAX_DEPTH = 512;

function buildDocument(html: string): JSDOM {
  const dom = new JSDOM('<!doctype html>');
  const doc = dom.window.document;
  doc.documentElement.remove();
  // Iterative, for the same hostile pages.
  const stack: [SourceNode, Node, number][] = [];
  const pushChildren = (from: SourceParent, into: Node, depth: number) => {
    const children = childrenOf(from);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, into, depth]);
  };
  pushChildren(parse(html, { scriptingEnabled: true }), doc, 0);
  while (stack.length > 0) {
    const [node, parent, depth] = stack.pop()!;
    const tooDeep = depth >= MAX_DEPTH && !node.nodeName.startsWith('#'); // an element, not text or a comment
    const into = tooDeep ? parent : copyNode(doc, node, parent);
    if (into !== null) pushChildren(node as SourceParent, into, into === parent ? depth : depth + 1);
  }
  return dom;
}

/** Parses a page and hands its Document to `read`; the page's window is closed afterwards. */
export function withParsedHtml<T>(html: string | Uint8Array, read: (document: Document) => T): T {
  const dom = buildDocument(decode(html));
  try {
    return read(dom.window.document);
  } finally {
    dom.window.close();
  }
}

/** The snapshot the content script would extract from this page at `url`. */
export function snapshotFromHtml(html: string | Uint8Array, url: string): PageSnapshot {
  return withParsedHtml(html, (document) => extractSnapshot(document, url));
}
