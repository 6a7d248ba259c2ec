import { Window } from 'happy-dom';
import { JSDOM } from 'jsdom';
import { snapshotFromHtml, withParsedHtml } from '../../../scripts/parse-html.ts';
import { describe, expect, it } from 'vitest';
import { evaluatePage } from '../../../rules/engine/index.ts';
import { extractSnapshot, MAX_HIDDEN_CHECKS, MAX_QUICK_HIDDEN_CHECKS, type ExtractOptions } from '../../../rules/extract.ts';
import { MAX_FRAMES_READ } from '../../../rules/page-frames.ts';
import {
  MAX_ACTION_CHARS, MAX_FIELD_NAME_CHARS, MAX_METHOD_CHARS, MAX_PLACEHOLDER_CHARS, MAX_TEXT_CHARS, MAX_URL_CHARS, PageSnapshotSchema, TEXT_BREAK,
} from '../../../rules/snapshot.ts';

const html = `<!doctype html><html lang="it"><head><title> Piano VIP </title><style>.x{}</style></head><body>
<h1>Profitto garantito</h1><script>var hidden = "do not read";</script><noscript>no js</noscript>
<template><p>template text</p></template><svg><text>svg text</text></svg>
<p>Deposito minimo <b>100 €</b></p>
<form action="https://collect.evil.test/seed" method="POST"><input name="phrase" placeholder="12 words"><textarea id="k"></textarea><select name="coin"></select></form>
<a href="https://t.me/x">tg</a><a href="/local">local</a><a href="mailto:a@b.c">mail</a></body></html>`;

describe('extractSnapshot', () => {
  const snap = snapshotFromHtml(html, 'https://site.test/page');

  it('keeps visible text and skips script, style, noscript, template and svg', () => {
    expect(snap.text).toContain('Profitto garantito');
    expect(snap.text).toContain('Deposito minimo');
    for (const hidden of ['do not read', 'no js', 'template text', 'svg text', '.x{}']) expect(snap.text).not.toContain(hidden);
  });

  it('reads title, lang, forms with their fields, and hosts of absolute links and form actions', () => {
    expect(snap.title).toBe('Piano VIP');
    expect(snap.lang).toBe('it');
    expect(snap.forms).toHaveLength(1);
    expect(snap.forms[0]!.method).toBe('post');
    expect(snap.forms[0]!.fields.map((f) => [f.name, f.tag])).toEqual([['phrase', 'input'], ['', 'textarea'], ['coin', 'select']]);
    expect(snap.forms[0]!.fields[0]!.placeholder).toBe('12 words');
    expect(snap.links.sort()).toEqual(['collect.evil.test', 't.me']);
    expect(PageSnapshotSchema.safeParse(snap).success).toBe(true);
  });

  it('caps the text', () => {
    const big = `<html><body><p>${'a '.repeat(50_000)}</p></body></html>`;
    expect(withParsedHtml(big, (doc) => extractSnapshot(doc, '', { maxTextChars: 1000 })).text.length).toBeLessThanOrEqual(1000);
  });
});

describe('extractSnapshot keeps element boundaries', () => {
  const ids = (html: string) => evaluatePage(snapshotFromHtml(html, 'https://site.test/')).signals.map((s) => s.id);
  const RISK_FREE = 'returns.risk_free';
  const GUARANTEED = 'returns.guaranteed';

  it('never reads two menu items as one phrase ("…Risk" + "Free…" is no "risk free")', () => {
    const menus = [
      '<nav><ul><li><a href="/low">Low Risk</a></li><li><a href="/demo">Free Demo Account</a></li></ul></nav>',
      '<div class="menu"><a href="/low">Low Risk</a><a href="/demo">Free Demo Account</a></div>',
      '<div class="menu"><a href="/low">Low Risk</a> | <a href="/demo">Free Demo Account</a></div>',
      '<div><div>Low Risk</div><div>Free Demo Account</div></div>',
      '<ul><li>Low Risk<li>Free Demo Account</ul>',
    ];
    for (const menu of menus) expect(ids(menu), menu).not.toContain(RISK_FREE);
  });

  it('never reads two table cells as one phrase', () => {
    expect(ids('<table><tr><th>Guaranteed</th><td>Profit</td></tr></table>')).not.toContain(GUARANTEED);
    expect(ids('<table><tr><td>Risk</td><td>Free</td></tr></table>')).not.toContain(RISK_FREE);
  });

  it('still reads a phrase split by inline markup or a link inside a sentence', () => {
    expect(ids('<p>Low risk free demo account</p>')).toContain(RISK_FREE);
    expect(ids('<p>Totally <b>risk</b> free</p>')).toContain(RISK_FREE);
    expect(ids('<p>Totally <a href="/r">risk</a> free</p>')).toContain(RISK_FREE);
    expect(ids('<table><tr><td>Guaranteed profit</td></tr></table>')).toContain(GUARANTEED);
    expect(ids('<h1>Guaranteed<br>profit</h1>')).toContain(GUARANTEED);
  });

  it('joins text nodes as a browser shows them and turns the page\'s own separators into spaces', () => {
    const text = snapshotFromHtml('<p><b>Pro</b>fit\n  every\u2029day</p><p>next</p>', '').text;
    expect(text).toBe(`Profit every day${TEXT_BREAK}next`);
  });
});

describe('extractSnapshot on hostile pages', () => {
  const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

  it('clips every attribute and the address to its cap while reading, so the snapshot always validates', () => {
    const long = 'x'.repeat(100_000);
    const html = page(
      `<form method="${long}" action="https://collect.test/${long}"><input name="${long}" type="${long}" id="${long}" placeholder="${long}"></form>` +
        `<a href="https://t.me/${long}">x</a><p>${long}</p>`,
    );
    const snap = snapshotFromHtml(html, `https://site.test/#${'f'.repeat(16_001)}`);
    expect(snap.url.length).toBe(MAX_URL_CHARS);
    const form = snap.forms[0]!;
    expect(form.method.length).toBe(MAX_METHOD_CHARS);
    expect(form.action.length).toBe(MAX_ACTION_CHARS);
    expect(form.fields[0]!.name.length).toBe(MAX_FIELD_NAME_CHARS);
    expect(form.fields[0]!.placeholder.length).toBe(MAX_PLACEHOLDER_CHARS);
    expect(snap.links.sort()).toEqual(['collect.test', 't.me']);
    expect(snap.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(PageSnapshotSchema.parse(snap)).toEqual(snap);
  });

  it('reads hidden text only after the visible text, so hidden filler does not use up the budget', () => {
    const filler = 'lorem ipsum '.repeat(200);
    const html = page(
      `<div hidden>${filler}</div><div style="DISPLAY : none">${filler}</div><div style="visibility:hidden">${filler}</div>` +
        '<p>Profitto garantito ogni giorno</p><div hidden><p>hidden but read last</p></div>',
    );
    const tight = withParsedHtml(html, (doc) => extractSnapshot(doc, 'https://site.test/', { maxTextChars: 1000 }));
    expect(tight.text).toContain('Profitto garantito ogni giorno');
    expect(tight.text.indexOf('Profitto')).toBeLessThan(tight.text.indexOf('lorem'));
    expect(snapshotFromHtml(html, 'https://site.test/').text).toContain('hidden but read last');
  });

  describe('with the browser\'s own answer on what the page hides (isHidden)', () => {
    // Stands in for the stylesheet: the browser says an element of class "filler" is hidden.
    const byClass = (el: Element) => el.classList.contains('filler');
    const filler = `<div class="filler"><p>${'lorem ipsum '.repeat(200)}</p></div>`;
    const scam = '<p>Profitto garantito ogni giorno</p>';
    const extract = (body: string, isHidden: (el: Element) => boolean) =>
      withParsedHtml(page(body), (doc) => extractSnapshot(doc, 'https://site.test/', { maxTextChars: 1000, isHidden })).text;

    it('reads text the page hides only after the visible text, when hidden filler would use up the budget', () => {
      expect(withParsedHtml(page(filler + scam), (doc) => extractSnapshot(doc, '', { maxTextChars: 1000 })).text).not.toContain('Profitto');
      const text = extract(filler + scam + '<p>Fine</p>', byClass);
      expect(text.startsWith(`Profitto garantito ogni giorno${TEXT_BREAK}Fine${TEXT_BREAK}lorem ipsum`)).toBe(true);
      expect(text.length).toBe(1000);
    });

    it('asks nothing on a page within its budget, and reads it as without the question', () => {
      const asked: Element[] = [];
      const body = `<div class="filler">nascosto</div>${scam}`;
      const text = extract(body, (el) => {
        asked.push(el);
        return false;
      });
      expect(asked).toEqual([]);
      expect(text).toBe(withParsedHtml(page(body), (doc) => extractSnapshot(doc, '', { maxTextChars: 1000 })).text);
    });

    it('asks top-down, never below an element found hidden', () => {
      const asked: string[] = [];
      extract(filler + scam, (el) => {
        asked.push(el.tagName);
        return byClass(el);
      });
      expect(asked).toEqual(['BODY', 'DIV', 'P']);
    });

    it(`asks about at most ${MAX_HIDDEN_CHECKS} elements, however many the page hides`, () => {
      let asked = 0;
      extract(`${'<span class="filler">lorem ipsum</span>'.repeat(10 * MAX_HIDDEN_CHECKS)}${scam}`, (el) => {
        asked++;
        return byClass(el);
      });
      expect(asked).toBe(MAX_HIDDEN_CHECKS);
    });

    it(`past ${MAX_HIDDEN_CHECKS} elements asks the quick question (drawsNothing), so more hidden elements than that cannot bury the text`, () => {
      const tiny = '<span class="filler">x</span>'.repeat(MAX_HIDDEN_CHECKS + 10);
      const withoutQuick = extract(tiny + filler + scam, byClass);
      expect(withoutQuick).not.toContain('Profitto');
      let quick = 0;
      const text = withParsedHtml(page(tiny + filler + scam), (doc) =>
        extractSnapshot(doc, 'https://site.test/', {
          maxTextChars: 1000,
          isHidden: byClass,
          drawsNothing: (el) => {
            quick++;
            return byClass(el);
          },
        }),
      ).text;
      expect(text.startsWith('Profitto garantito ogni giorno')).toBe(true);
      expect(quick).toBeGreaterThan(0);
      expect(quick).toBeLessThanOrEqual(MAX_QUICK_HIDDEN_CHECKS);
    });

    it(`asks the quick question about at most ${MAX_QUICK_HIDDEN_CHECKS} elements`, () => {
      let quick = 0;
      withParsedHtml(page('<b>y</b>'.repeat(MAX_HIDDEN_CHECKS + MAX_QUICK_HIDDEN_CHECKS + 100) + scam), (doc) =>
        extractSnapshot(doc, 'https://site.test/', {
          maxTextChars: 1000,
          isHidden: (el) => el.tagName === 'B',
          drawsNothing: () => {
            quick++;
            return true;
          },
        }),
      );
      expect(quick).toBe(MAX_QUICK_HIDDEN_CHECKS);
    });

    it('does not ask about elements with nothing inside, so empty ones cannot use up the checks', () => {
      let emptyAsked = 0;
      const text = extract(`${'<i></i>'.repeat(MAX_HIDDEN_CHECKS + 10)}${filler}${scam}`, (el) => {
        if (el.firstChild === null) emptyAsked++;
        return byClass(el);
      });
      expect(emptyAsked).toBe(0);
      expect(text.startsWith('Profitto garantito ogni giorno')).toBe(true);
    });
  });

  it('reads the text of open shadow roots', () => {
    const window = new Window({ url: 'https://site.test/' });
    window.document.body.innerHTML = '<div id="host"><span>light</span></div>';
    const host = window.document.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Rendimento garantito del 3% al giorno</p><slot></slot>';
    const snap = extractSnapshot(window.document as unknown as Document, 'https://site.test/');
    expect(snap.text).toContain('Rendimento garantito del 3% al giorno');
    expect(snap.text).toContain('light');
    void window.happyDOM.close();
  });

  it('reads the text of closed shadow roots where the caller can give them, and only then', () => {
    const window = new Window({ url: 'https://site.test/' });
    window.document.body.innerHTML = '<div id="host"></div>';
    const host = window.document.getElementById('host')!;
    const root = host.attachShadow({ mode: 'closed' });
    root.innerHTML = '<p>Rendimento garantito del 3% al giorno</p>';
    const doc = window.document as unknown as Document;
    expect(extractSnapshot(doc, 'https://site.test/').text).not.toContain('Rendimento');
    const shadowRootOf = (el: Element) => (el === (host as unknown as Element) ? (root as unknown as ShadowRoot) : el.shadowRoot);
    expect(extractSnapshot(doc, 'https://site.test/', { shadowRootOf }).text).toContain('Rendimento garantito del 3% al giorno');
    void window.happyDOM.close();
  });

  describe('frames of the same origin (about:blank, srcdoc, javascript:) that the page writes into', () => {
    /** The snapshot of a page whose frames' documents `fill` writes into, as a page's script does (jsdom: about:blank frames). */
    function snapshotWithFrames(body: string, fill: (frames: Document[]) => void, options?: ExtractOptions) {
      const dom = new JSDOM(`<!doctype html><body>${body}</body>`, { url: 'https://site.test/' });
      const { document } = dom.window;
      fill([...document.querySelectorAll('iframe')].map((frame) => frame.contentDocument!));
      const snapshot = extractSnapshot(document as unknown as Document, 'https://site.test/', options);
      dom.window.close();
      return snapshot;
    }
    const withFrames = (body: string, fill: (frames: Document[]) => void) => snapshotWithFrames(body, fill).text;

    it('reads their forms and links with the page\'s own', () => {
      const snap = snapshotWithFrames('<form action="/a"><input name="email"></form><iframe></iframe>', ([frame]) => {
        frame!.body.innerHTML = '<form action="https://collect.evil.test/seed"><input name="phrase" placeholder="12 words"></form><a href="https://t.me/x">tg</a>';
      });
      expect(snap.forms.map((form) => form.fields[0]!.name)).toEqual(['email', 'phrase']);
      expect(snap.links.sort()).toEqual(['collect.evil.test', 't.me']);
    });

    it('reads their text where the frame sits, apart from the text around it', () => {
      const text = withFrames('<p>Prima</p><iframe></iframe><p>Dopo</p>', ([frame]) => {
        frame!.body.innerHTML = '<p>Rendimento <b>garantito</b></p>';
      });
      expect(text).toBe(`Prima${TEXT_BREAK}Rendimento garantito${TEXT_BREAK}Dopo`);
    });

    it('reads the text of a hidden frame after the visible text', () => {
      const text = withFrames('<iframe style="display: none"></iframe><p>Visibile</p>', ([frame]) => {
        frame!.body.innerHTML = '<p>Nascosto</p>';
      });
      expect(text).toBe(`Visibile${TEXT_BREAK}Nascosto`);
    });

    it('reads the text of a frame the stylesheet hides after the visible text, so filler in it cannot use up the budget', () => {
      const isHidden = (el: Element) => el.classList.contains('filler');
      const text = snapshotWithFrames('<iframe class="filler"></iframe><p>Profitto garantito ogni giorno</p>', ([frame]) => {
        frame!.body.innerHTML = `<p>${'lorem ipsum '.repeat(200)}</p>`;
      }, { maxTextChars: 1000, isHidden }).text;
      expect(text.startsWith('Profitto garantito ogni giorno')).toBe(true);
    });

    it(`reads frames inside frames, and no more than ${MAX_FRAMES_READ} frames`, () => {
      const text = withFrames('<iframe></iframe>'.repeat(MAX_FRAMES_READ + 5), (frames) => {
        frames[0]!.body.innerHTML = '<iframe></iframe>';
        frames[0]!.querySelector('iframe')!.contentDocument!.body.innerHTML = '<p>Interno</p>';
        frames.forEach((frame, i) => frame.body.insertAdjacentHTML('beforeend', `<p>Riquadro ${i}</p>`));
      });
      expect(text).toContain('Interno');
      // The frame inside the first one is one of the frames read.
      expect(text).toContain(`Riquadro ${MAX_FRAMES_READ - 2}`);
      expect(text).not.toContain(`Riquadro ${MAX_FRAMES_READ - 1}`);
    });
  });
});
