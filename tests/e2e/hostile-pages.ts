import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Route } from './harness';

/**
 * Scam pages that try to switch the page check off, built around the project's own scam fixture
 * (tests/fixtures/html/scam-broker-it.html; no corpus text). Each one served under its own host.
 */
const scamFixture = readFileSync(resolve(import.meta.dirname, '../fixtures/html/scam-broker-it.html'), 'utf8');
const scamBody = scamFixture.slice(scamFixture.indexOf('<body>') + '<body>'.length, scamFixture.indexOf('</body>'));
const plainPage = (title: string, body: string) => `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
/** A JavaScript string literal that cannot end the <script> element it sits in. */
const jsString = (text: string) => JSON.stringify(text).replaceAll('</', '<\\/');
const attributeQuoted = (html: string) => html.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** A 16,001-character address fragment: open any page with it. */
export const LONG_FRAGMENT = `#${'x'.repeat(16_000)}`;

/** The scam page with over-long attributes: an 81-character form method, a 1,201-character placeholder, huge data attributes. */
export function paddedScamPage(): string {
  const padding =
    `<form method="${'p'.repeat(81)}" action="/${'a'.repeat(5_000)}"><input name="email" placeholder="${'e'.repeat(1_201)}"></form>` +
    `<div data-x="${'d'.repeat(100_000)}" title="${'t'.repeat(50_000)}"><a href="https://t.me/${'l'.repeat(20_000)}">x</a></div>`;
  return scamFixture.replace('<body>', `<body>${padding}`);
}

/** 87,000 characters of harmless news in paragraphs: more than the extraction's 60,000-character budget. */
const filler = '<p>Notizie del giorno, previsioni del tempo e risultati sportivi della settimana. </p>'.repeat(1_100);

/**
 * Ways a stylesheet hides text from the reader, each as the rule of a class: what a scam page can use to
 * bury its scam text under invisible filler.
 */
export const HIDING_STYLES = {
  'display none': 'display: none',
  'visibility hidden': 'visibility: hidden',
  'content-visibility hidden': 'content-visibility: hidden',
  'a box of no size': 'width: 0; height: 0; overflow: hidden',
  'a screen-reader-only box': 'position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0)',
  'text of no size': 'font-size: 0',
  'a box pushed off-screen': 'position: absolute; left: -10000px; top: 0',
  'a text-indent far to the left': 'text-indent: -9999999px; white-space: nowrap',
  'a clip-path that leaves nothing': 'clip-path: inset(50%)',
  'a clip that leaves nothing': 'position: absolute; clip: rect(0 0 0 0)',
  'a clip-path polygon of no area': 'clip-path: polygon(0 0, 0 0, 0 0)',
  'text in the colour of the page behind it': 'color: #f6f3ea',
  'text in the colour of its own box': 'color: #fff; background-color: #fff',
  'transparent text': 'color: transparent',
  'text filled with no colour': '-webkit-text-fill-color: rgb(0 0 0 / 0)',
};

/**
 * The scam page with the filler before its text, in a box that each of `styles` hides through a class;
 * `pageCss` is added to the page's own styles.
 */
export function hiddenFillerPage(styles: string[], pageCss = ''): string {
  const css = [pageCss, ...styles.map((style, i) => `.box-${i} { ${style} }`)].join('\n');
  const boxes = styles.map((_, i) => `<div class="box-${i}">${filler}</div>`).join('');
  return scamFixture.replace('</head>', `<style>${css}</style></head>`).replace('<body>', `<body>${boxes}`);
}

/**
 * The scam page with more separately hidden elements before its text than the full hiding check may ask about
 * (rules/extract.ts MAX_HIDDEN_CHECKS): 2,500 one-letter ones, then the filler's paragraphs, each hidden by
 * its class.
 */
export function manyHiddenElementsPage(): string {
  const hidden = '<i class="gone">x</i>'.repeat(2_500) + filler.replaceAll('<p>', '<p class="gone">');
  return scamFixture.replace('</head>', '<style>.gone { display: none }</style></head>').replace('<body>', `<body>${hidden}`);
}

/**
 * The scam page whose text sits in a box styled through a class by `style` (and what it holds by the CSS
 * rules `innerRules`), followed by the filler, visible: for a style that does not hide (display: contents, a box
 * that shows its children; opacity: 0, where fade-in effects start honest text; text in the colour of the
 * page over a picture, or with a shadow; visibility: hidden with each element inside visible again; a first line
 * of another colour) the scam text must count as visible.
 */
export function wrappedTextPage(style: string, innerRules = ''): string {
  return scamFixture
    .replace('</head>', `<style>.wrap { ${style} } ${innerRules}</style></head>`)
    .replace('<body>', '<body><div class="wrap">')
    .replace('</body>', `</div>${filler}</body>`);
}

/**
 * Inside a box whose text is in the colour of the page: the scam page's own boxes, colours and fixed cookie
 * bar are taken away, so that only the one way the box shows its text keeps it visible.
 */
const PLAIN_INSIDE = '.wrap * { background: none !important; color: inherit !important; box-shadow: none !important; position: static !important }';

/**
 * Scam text that a reader sees although something about it looks hidden, before 87,000 characters of
 * visible text: it must count as visible (and get the banner), or a scam page could push it out of the
 * budget with the visible text after it.
 */
export const VISIBLE_TEXT_PAGES: Record<string, string> = {
  'in a display:contents box': wrappedTextPage('display: contents'),
  'in a box at opacity 0 (where a fade-in starts)': wrappedTextPage('opacity: 0'),
  'in a box of visibility:hidden whose elements are each visibility:visible again': wrappedTextPage('visibility: hidden', '.wrap * { visibility: visible }'),
  'in the colour of the page, on a picture': wrappedTextPage('color: #f6f3ea; background-image: linear-gradient(#1b2a41, #1b2a41)', PLAIN_INSIDE),
  'in a box of the colour of the page, each element in a colour of its own': wrappedTextPage('color: #f6f3ea', `${PLAIN_INSIDE} .wrap * { color: #1c1c1c !important }`),
  'in the colour of the page, filled with another colour (-webkit-text-fill-color)': wrappedTextPage('color: #f6f3ea; -webkit-text-fill-color: #1c1c1c', PLAIN_INSIDE),
  'that is transparent, with a shadow that draws it': wrappedTextPage('color: transparent; text-shadow: 0 0 0 #1c1c1c', PLAIN_INSIDE),
  'in the colour of the page, each first line in another colour': wrappedTextPage('color: #f6f3ea', `${PLAIN_INSIDE} .wrap *::first-line { color: #1c1c1c }`),
  'in white on a page that sets no background and asks for dark colours (color-scheme meta tag)': wrappedTextPage(
    'color: #fff',
    `body { background: none } ${PLAIN_INSIDE}`,
  ).replace('</head>', '<meta name="color-scheme" content="dark"></head>'),
};

/** The scam page whose own script clicks "close" in the banner, fakes events on it, and removes it, again and again. */
export function bannerFightingPage(): string {
  const script = `<script>
    window.removals = 0;
    setInterval(() => {
      const host = document.querySelector('scam-sentinel-banner');
      if (!host) return;
      host.shadowRoot?.querySelector('[data-testid="banner-dismiss"]')?.click();
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      host.remove();
      window.removals++;
    }, 100);
  </script>`;
  return scamFixture.replace('</body>', `${script}</body>`);
}

/**
 * A plain page whose scam text sits inside a shadow root (open unless told), built by the page's script: on a
 * wrapper right under <body> unless told, or on `host` (an element in the page's markup with id="app").
 */
export function shadowRootPage(mode: ShadowRootMode = 'open', host = '<div id="app"></div>'): string {
  return plainPage('Benvenuto', `${host}<script>
    document.getElementById('app').attachShadow({ mode: '${mode}' }).innerHTML = ${jsString(scamBody)};
  </script>`);
}

/** Where in a page's markup the scam text's closed shadow root sits (shadowRootPage's `host`), deep down. */
export const DEEP_HOSTS = {
  'on a web component deep in the page': '<main><section><div><div><div><offer-panel id="app"></offer-panel></div></div></div></section></main>',
  'on an empty element deep in the page': '<main><section><div><div><div><div id="app"></div></div></div></div></section></main>',
};

/**
 * A site shown through a frameset (as cheap "domain masking" forwarders do): the top document has no body of
 * its own, and the scam page is its one frame, at `/offer` on the same site.
 */
export function framesetSite(): Route {
  const top = '<!doctype html><html lang="it"><head><meta charset="utf-8"><title>Benvenuto</title></head><frameset rows="100%"><frame src="/offer"></frameset></html>';
  const offer = plainPage('Offerta', scamBody);
  return (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    // Through Firefox's proxy the request names the whole address.
    res.end(new URL(req.url ?? '/', 'http://any.example').pathname === '/offer' ? offer : top);
  };
}

/** A plain page whose scam text is a srcdoc frame. */
export function srcdocFramePage(): string {
  return plainPage('Benvenuto', `<p>Caricamento…</p><iframe style="width:100%;height:600px;border:0" srcdoc="${attributeQuoted(plainPage('Offerta', scamBody))}"></iframe>`);
}

/**
 * A frame for the page's script to write into, with no address of its own (about:blank) unless `src` is given;
 * `script` runs after the page's load.
 */
const blankFramePage = (script: string, src = '') =>
  plainPage('Benvenuto', `<p>Caricamento…</p><iframe id="frame" style="width:100%;height:600px;border:0"${src && ` src="${attributeQuoted(src)}"`}></iframe><script>
    const frame = document.getElementById('frame');
    addEventListener('load', () => { ${script} });
  </script>`);

/** A plain page whose scam text its script puts into an about:blank frame (innerHTML) at load. */
function blankFrameFilledPage(): string {
  return blankFramePage(`frame.contentDocument.body.innerHTML = ${jsString(scamBody)};`);
}

/** The page's script, `delayMs` after it runs (2 s after load), writes `html` (the scam page unless told) into the frame by document.write. */
const writeIntoFrameLater = (html = plainPage('Offerta', scamBody), delayMs = 2000) => `setTimeout(() => {
      const doc = frame.contentDocument;
      doc.open();
      doc.write(${jsString(html)});
      doc.close();
    }, ${delayMs});`;

/**
 * A plain page whose script writes a page into an about:blank frame by document.write, 2 s after load: the
 * frame's check has run by then, and document.open() throws away the <html> element it watched.
 */
function blankFrameWrittenLaterPage(html?: string): string {
  return blankFramePage(writeIntoFrameLater(html));
}

/** A plain page whose script sends its frame to a new about:blank document 1 s after load, and fills that one once it has loaded. */
function blankFrameReopenedPage(): string {
  return blankFramePage(`setTimeout(() => {
      frame.addEventListener('load', () => { frame.contentDocument.body.innerHTML = ${jsString(scamBody)}; }, { once: true });
      frame.src = 'about:blank';
    }, 1000);`);
}

/**
 * A plain page whose frame is a javascript: address, which Chromium reports to no extension (no navigation
 * event, not in getAllFrames): its document is the text the address returns, or, with no text of its own
 * (`javascript:''`), what the page's `script` puts into it after load.
 */
function scriptAddressFramePage(text: string, script = ''): string {
  return blankFramePage(script, `javascript:${encodeURIComponent(jsString(text))}`);
}

/**
 * A plain page whose frame has no origin of its own (sandboxed, or a data: address): its content is the page's,
 * though neither the page's script nor the page check around it can reach into it.
 */
const opaqueFramePage = (attributes: string) =>
  plainPage('Benvenuto', `<p>Caricamento…</p><iframe style="width:100%;height:600px;border:0" ${attributes}></iframe>`);

/** A plain page that adds, 1 s after load, a box holding a javascript:'' frame, and writes the scam page into it 1.5 s later. */
function addedScriptAddressFramePage(): string {
  return plainPage('Benvenuto', `<p>Caricamento…</p><script>
    addEventListener('load', () => setTimeout(() => {
      const box = document.createElement('div');
      box.innerHTML = '<iframe style="width:100%;height:600px;border:0" src="javascript:&quot;&quot;"></iframe>';
      document.body.append(box);
      const frame = box.querySelector('iframe');
      ${writeIntoFrameLater(undefined, 1500)}
    }, 1000));
  </script>`);
}

/** Harmless news, more than a hundred characters: enough to count as a change of the frame's text. */
export const HONEST_FRAME_TEXT = 'Previsioni del tempo per domani: sole al mattino, qualche nuvola nel pomeriggio, venti deboli da nord e temperature stabili.';
/** An honest page that writes its weather news into an about:blank frame 2 s after load. */
export function honestBlankFramePage(): string {
  return blankFrameWrittenLaterPage(plainPage('Meteo', `<h1>Meteo</h1><p>${HONEST_FRAME_TEXT}</p>`));
}

/** A plain page that replaces itself with the scam page by document.open and document.write 2 s after load. */
function selfRewritingPage(): string {
  return plainPage('Benvenuto', `<p>Caricamento…</p><script>
    addEventListener('load', () => setTimeout(() => {
      document.open();
      document.write(${jsString(scamFixture)});
      document.close();
    }, 2000));
  </script>`);
}

/**
 * Another site's page (an advert) holding scam text in frames of no origin of their own, a sandboxed srcdoc frame
 * and a data: frame: they are that site's, not the page's that shows the advert.
 */
export function foreignAdvertPage(): string {
  return plainPage('Annuncio', [
    `<iframe sandbox srcdoc="${attributeQuoted(plainPage('Offerta', scamBody))}"></iframe>`,
    `<iframe src="data:text/html;charset=utf-8,${encodeURIComponent(plainPage('Offerta', scamBody))}"></iframe>`,
  ].join(''));
}

/** An honest page with harmless text in a sandboxed srcdoc frame of its own, and another site's frame at `advertUrl`. */
export function honestPageWithAdvert(advertUrl: string): string {
  return plainPage('Notizie', [
    '<p>Notizie del quartiere.</p>',
    `<iframe sandbox srcdoc="${attributeQuoted(plainPage('Meteo', `<p>${HONEST_FRAME_TEXT}</p>`))}"></iframe>`,
    `<iframe src="${attributeQuoted(advertUrl)}"></iframe>`,
  ].join(''));
}

/**
 * Scam text that the page puts into a frame with no address of its own (by script, after the frame's first check
 * may have run, or in a frame of no origin), or writes over itself.
 */
export const WRITTEN_PAGES: Record<string, string> = {
  'into an about:blank frame at load (innerHTML)': blankFrameFilledPage(),
  'into an about:blank frame 2 s after load (document.write)': blankFrameWrittenLaterPage(),
  'into a frame sent to a new about:blank document after load': blankFrameReopenedPage(),
  'over itself, by document.open and document.write 2 s after load': selfRewritingPage(),
  'into a javascript: frame, as the text its address returns': scriptAddressFramePage(plainPage('Offerta', scamBody)),
  "into a javascript:'' frame at load (innerHTML)": scriptAddressFramePage('', `frame.contentDocument.body.innerHTML = ${jsString(scamBody)};`),
  "into a javascript:'' frame 2 s after load (document.write)": scriptAddressFramePage('', writeIntoFrameLater()),
  "into a javascript:'' frame in a box it adds 1 s after load, 1.5 s later (document.write)": addedScriptAddressFramePage(),
  // Over the budget, the browser is asked which elements are hidden: the frame's elements are of another document.
  "into a javascript:'' frame at load, after 87,000 characters of filler hidden by a class": scriptAddressFramePage(
    '',
    `frame.contentDocument.body.innerHTML = ${jsString(scamBody)};`,
  ).replace('<p>Caricamento…</p>', `<style>.filler { visibility: hidden }</style><div class="filler">${filler}</div>`),
  'into a sandboxed srcdoc frame': opaqueFramePage(`sandbox srcdoc="${attributeQuoted(plainPage('Offerta', scamBody))}"`),
  'into a sandboxed srcdoc frame, by a script inside it 1 s after load': opaqueFramePage(
    `sandbox="allow-scripts" srcdoc="${attributeQuoted(`<body><script>addEventListener('load', () => setTimeout(() => { document.body.innerHTML = ${jsString(scamBody)}; }, 1000));</script></body>`)}"`,
  ),
  'into a data: frame': opaqueFramePage(`src="data:text/html;charset=utf-8,${encodeURIComponent(plainPage('Offerta', scamBody))}"`),
};

/** A ticker that changes every 0.7 s from the start, and shows the scam text only after 3 s. */
export function tickerPage(): string {
  return plainPage('Quotazioni', `<p id="ticker">BTC 0</p><div id="later"></div><script>
    let n = 0;
    setInterval(() => { document.getElementById('ticker').textContent = 'BTC ' + (43000 + (n++ * 37) % 900) + ' EUR'; }, 700);
    setTimeout(() => { document.getElementById('later').innerHTML = ${jsString(scamBody)}; }, 3000);
  </script>`);
}

/** A harmless page until the test calls its `showOffer()`, which writes the scam text into it. */
export function offerOnDemandPage(): string {
  return plainPage('Offerte', `<p>Benvenuti.</p><div id="later"></div><script>
    window.showOffer = () => { document.getElementById('later').innerHTML = ${jsString(scamBody)}; };
  </script>`);
}

/** A single-page app: a harmless first view, then history.pushState to an offer view with the scam text. */
export function singlePageApp(): string {
  return plainPage('App', `<main id="view"><p>Benvenuto nella nostra app.</p></main><script>
    setTimeout(() => {
      history.pushState({}, '', '/offerta');
      document.getElementById('view').innerHTML = ${jsString(scamBody)};
    }, 1500);
  </script>`);
}

/** The scam page whose script, registered first, stops its load event before any other listener hears it. */
export function loadStoppingPage(): string {
  return scamFixture.replace('<head>', `<head><script>addEventListener('load', (event) => event.stopImmediatePropagation(), true);</script>`);
}

/** A page that opens its scam text as a top-level blob: document. */
export function blobOpeningPage(): string {
  return plainPage('Un momento', `<p>Un momento…</p><script>
    const blob = new Blob([${jsString(plainPage('Offerta', scamBody))}], { type: 'text/html' });
    setTimeout(() => { location.href = URL.createObjectURL(blob); }, 300);
  </script>`);
}
