import { snapshotFromHtml, withParsedHtml } from '../../../scripts/parse-html.ts';
import { describe, expect, it } from 'vitest';
import { extractSnapshot } from '../../../rules/extract.ts';
import { PageSnapshotSchema } from '../../../rules/snapshot.ts';

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
