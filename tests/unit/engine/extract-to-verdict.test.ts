import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluatePage } from '../../../rules/engine/index.ts';
import { extractSnapshot } from '../../../rules/extract.ts';
import { ContentToBackground } from '../../../rules/protocol.ts';
import { VerdictSchema, type Verdict } from '../../../rules/verdict.ts';

/**
 * The whole page path of the extension, extraction to verdict, on random and oversized DOMs (happy-dom):
 * extractSnapshot in the page, the content:check message schema in the background (which must never refuse
 * it), then the engine. A hostile page must always get a verdict, and padding cannot turn a scam page OK.
 */
const window = new Window({ url: 'https://page.test/' });
const document = window.document as unknown as Document;
afterAll(() => window.happyDOM.close());

const scamFixture = readFileSync(resolve(import.meta.dirname, '../../fixtures/html/scam-broker-it.html'), 'utf8');

/** Sometimes short, sometimes far beyond any cap. */
const sizedText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('x', ' ', '\n', 'é', '2% daily ', '\u200b'), fc.integer({ min: 1_000, max: 90_000 })).map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length))) },
);
const TAGS = ['div', 'p', 'span', 'form', 'input', 'textarea', 'select', 'a', 'section', 'template', 'iframe', 'details', 'li'] as const;
const ATTRIBUTES = ['method', 'action', 'name', 'type', 'placeholder', 'aria-label', 'id', 'href', 'style', 'hidden', 'lang', 'data-x'] as const;

interface NodeSpec {
  tag: (typeof TAGS)[number];
  attributes: [(typeof ATTRIBUTES)[number], string][];
  text: string;
  children: NodeSpec[];
}
const { node } = fc.letrec<{ node: NodeSpec }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom(...TAGS),
    attributes: fc.array(fc.tuple(fc.constantFrom(...ATTRIBUTES), sizedText), { maxLength: 3 }),
    text: sizedText,
    children: fc.oneof({ maxDepth: 5, depthIdentifier: 'dom' }, fc.constant<NodeSpec[]>([]), fc.array(tie('node'), { maxLength: 3 })),
  }),
}));

function build(spec: NodeSpec): Element {
  const el = document.createElement(spec.tag);
  for (const [name, value] of spec.attributes) el.setAttribute(name, value);
  el.append(document.createTextNode(spec.text), ...spec.children.map(build));
  return el;
}

/** What the extension does with a page: extract, send as content:check, judge. */
function pageVerdict(url: string): Verdict {
  const snapshot = extractSnapshot(document, url);
  const message = ContentToBackground['content:check'].safeParse({ type: 'content:check', snapshot });
  expect(message.success).toBe(true);
  return evaluatePage(message.data!.snapshot);
}

const url = fc.tuple(fc.constantFrom('https://page.test/', 'https://page.test/a?b=1', 'about:srcdoc'), sizedText).map(([base, tail]) => `${base}#${tail}`);

describe('extraction to verdict on hostile DOMs', () => {
  it('always gets a valid verdict from random and oversized DOMs', () => {
    fc.assert(
      fc.property(fc.array(node, { maxLength: 4 }), fc.option(sizedText, { nil: undefined }), url, (nodes, title, address) => {
        document.documentElement.innerHTML = '<head></head><body></body>';
        if (title !== undefined) document.head.append(Object.assign(document.createElement('title'), { textContent: title }));
        document.body.append(...nodes.map(build));
        expect(VerdictSchema.safeParse(pageVerdict(address)).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('padding a scam page with oversized attributes or a long address never makes it OK', () => {
    document.documentElement.innerHTML = scamFixture.slice(scamFixture.indexOf('<head>'), scamFixture.lastIndexOf('</html>'));
    const plain = pageVerdict('https://www.aurea-capital-trading.com/');
    expect(plain.level).not.toBe('ok');
    const elements = [...document.body.querySelectorAll('*')];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(elements.length - 1), fc.constantFrom(...ATTRIBUTES.filter((a) => a !== 'hidden' && a !== 'style')), sizedText), { minLength: 1, maxLength: 5 }),
        url,
        (padding, address) => {
          const saved = padding.map(([i, name]) => [elements[i]!, name, elements[i]!.getAttribute(name)] as const);
          for (const [i, name, value] of padding) elements[i]!.setAttribute(name, value);
          expect(pageVerdict(address.replace('https://page.test/', 'https://www.aurea-capital-trading.com/')).level).not.toBe('ok');
          for (const [el, name, value] of saved.reverse()) {
            if (value === null) el.removeAttribute(name);
            else el.setAttribute(name, value);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
