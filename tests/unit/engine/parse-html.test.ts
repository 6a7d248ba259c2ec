import { describe, expect, it } from 'vitest';
import { snapshotFromHtml } from '../../../scripts/parse-html.ts';

/** Page text with whitespace and element boundaries flattened, for comparing words only. */
const words = (html: string | Uint8Array) => snapshotFromHtml(html, 'https://page.test/').text.replace(/\s+/g, ' ').trim();
const utf8 = (s: string) => new TextEncoder().encode(s);
const BODY = '<p>Deposit today and double your money</p>';

// linkedom, the parser used before, left document.body empty in each of these cases.
describe('HTML is parsed as a browser parses it (scan, eval)', () => {
  it('reads the body after a byte-order mark, as bytes and as a string', () => {
    const html = `\uFEFF<!doctype html><html><head><title>Offer</title></head><body>${BODY}</body></html>`;
    expect(words(utf8(html))).toBe('Deposit today and double your money');
    expect(words(html)).toBe('Deposit today and double your money');
    expect(snapshotFromHtml(html, '').title).toBe('Offer');
  });

  it('reads the body after comments before <html> and before <head>', () => {
    const html = `<!-- kit v2 --><!doctype html><!-- built --><html><!-- head --><head><title>T</title></head><body>${BODY}</body></html>`;
    expect(words(html)).toBe('Deposit today and double your money');
  });

  it('reads the body after a <meta> before <head>, and keeps the title out of the text', () => {
    const html = `<meta charset="utf-8"><html><head><title>Title only</title></head><body>${BODY}</body></html>`;
    const snap = snapshotFromHtml(html, '');
    expect(snap.title).toBe('Title only');
    expect(words(html)).toBe('Deposit today and double your money');
  });

  it('reads a fragment without <html>, <head> or <body>', () => {
    expect(words('<h1>Plans</h1><p>Bronze plan<p>Gold plan')).toBe('Plans Bronze plan Gold plan');
    expect(words('Just text with <b>bold</b> words')).toBe('Just text with bold words');
  });

  it('closes unclosed tags where the standard closes them', () => {
    expect(words('<div><p>one<p>two<ul><li>three<li>four</ul><table><tr><td>a<td>b</table><b>bold <i>it</b> tail')).toBe(
      'one two three four a b bold it tail',
    );
  });

  it('moves body content written inside <head> into the body', () => {
    expect(words('<html><head><title>T</title><p>written in head</p></head><body>body text</body></html>')).toBe('written in head body text');
  });

  it('decodes a file by its <meta charset> when it is not UTF-8', () => {
    const cp1251 = Uint8Array.from([...utf8('<meta charset="windows-1251"><p>'), 0xcf, 0xf0, 0xe8, 0xe1, 0xfb, 0xeb, 0xfc]);
    expect(words(cp1251)).toBe('Прибыль');
  });

  it('parses <noscript> as a browser with scripting does: one in <head> leaves the head (and its title) in place', () => {
    const html = '<html><head><noscript><img src="/pixel.gif"></noscript><title>Head title</title></head><body><p>Body</p></body></html>';
    const snap = snapshotFromHtml(html, '');
    expect(snap.title).toBe('Head title');
    expect(snap.text).toBe('Body');
  });

  it('keeps attributes, namespaces and template contents, and survives names the DOM API refuses', () => {
    const snap = snapshotFromHtml('<a href="https://t.me/x" "odd"=1>tg</a><svg><a xlink:href="#x"><text>svg</text></a></svg><template><p>later</p></template><p>end', '');
    expect(snap.links).toEqual(['t.me']);
    expect(words('<p>before</p><template><p>later</p></template><p>after</p>')).toBe('before after');
    expect(snap.text.replace(/\s+/g, ' ')).toBe('tg end');
  });

  it('reads deeply nested pages without overflowing the stack', () => {
    expect(words(`${'<div>'.repeat(20_000)}deep${'</div>'.repeat(20_000)}`)).toBe('deep');
  });

  it('never runs the page scripts', () => {
    expect(words('<p id="x">static</p><script>document.getElementById("x").textContent = "changed"</script>')).toBe('static');
  });
});
