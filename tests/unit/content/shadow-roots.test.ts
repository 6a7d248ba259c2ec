import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BANNER_CHUNK_KEY, type BannerChunk } from '@/components/lib/banner-chunk';

/**
 * The page check reads closed shadow roots where the browser gives them to content scripts: all of them in Firefox
 * (`Element.openOrClosedShadowRoot`), the likely hiding places in Chromium (`dom.openOrClosedShadowRoot`, an API
 * call too dear for every element); never the banner's own, whose words are the extension's, not the page's.
 */
let window: Window;
let document: Document;

beforeEach(() => {
  vi.resetModules(); // each test is a fresh content script: which way this browser reads closed roots is asked anew
  window = new Window({ url: 'https://site.test/' });
  document = window.document as unknown as Document;
});

afterEach(() => {
  delete (globalThis as Record<string, unknown>)[BANNER_CHUNK_KEY];
  delete (fakeBrowser as { dom?: unknown }).dom;
  void window.happyDOM.close();
});

async function freshReader() {
  return (await import('@/entrypoints/scan.content/shadow-roots')).shadowRootReader();
}

/** Appends `<tag>` under `parent` (default: the body) and returns it. */
function add(tag: string, parent: Element = document.body): Element {
  return parent.appendChild(document.createElement(tag));
}

/** `depth` nested <div>s under the body; returns the innermost. */
function nested(depth: number): Element {
  let el: Element = document.body;
  for (let level = 0; level < depth; level++) el = add('div', el);
  return el;
}

it("Firefox: gives every closed shadow root of the page, but not the banner's own", async () => {
  const closedRoot = (el: Element) => {
    const root = el.attachShadow({ mode: 'closed' });
    Object.defineProperty(el, 'openOrClosedShadowRoot', { get: () => root });
    return root;
  };
  const pageHost = nested(8);
  const bannerHost = add('scam-sentinel-banner');
  const pageRoot = closedRoot(pageHost);
  const bannerRoot = closedRoot(bannerHost);
  const shadowRootOf = await freshReader();

  expect(shadowRootOf(pageHost)).toBe(pageRoot);
  expect(shadowRootOf(bannerHost)).toBe(bannerRoot); // no banner shown yet: an element of the page like any other
  (globalThis as Record<string, unknown>)[BANNER_CHUNK_KEY] = { ownRoot: () => bannerRoot } as Partial<BannerChunk>;
  expect(shadowRootOf(bannerHost)).toBeNull();
  expect(shadowRootOf(pageHost)).toBe(pageRoot);
});

describe('Chromium', () => {
  /** Closed roots as Chromium's dom.openOrClosedShadowRoot gives them, and which elements it was asked about. */
  let asked: Element[];
  const closedRoots = new Map<Element, ShadowRoot>();
  const closedRoot = (el: Element) => {
    const root = el.attachShadow({ mode: 'closed' });
    closedRoots.set(el, root);
    return root;
  };

  beforeEach(() => {
    asked = [];
    closedRoots.clear();
    Object.assign(fakeBrowser, {
      dom: {
        openOrClosedShadowRoot: (el: Element) => {
          asked.push(el);
          if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') throw new TypeError('not an HTMLElement');
          return closedRoots.get(el) ?? el.shadowRoot;
        },
      },
    });
  });

  it('reads a closed root around the page (up to three levels under <body>) and on an element of a custom name at any depth', async () => {
    const wrapper = nested(3);
    const component = add('offer-box', nested(9));
    const [wrapperRoot, componentRoot] = [closedRoot(wrapper), closedRoot(component)];
    const shadowRootOf = await freshReader();
    expect(shadowRootOf(document.body)).toBeNull();
    expect(shadowRootOf(wrapper)).toBe(wrapperRoot);
    expect(shadowRootOf(component)).toBe(componentRoot);
  });

  it('reads a closed root on an empty element a script filled, at any depth', async () => {
    const app = nested(7);
    const appRoot = closedRoot(app);
    expect((await freshReader())(app)).toBe(appRoot);
  });

  it('does not ask about (about 1 µs a call) plain elements deeper down that have children, elements no root can be attached to, or an element whose root is open', async () => {
    const deep = nested(4);
    add('span', deep);
    closedRoot(deep);
    const icon = add('i', nested(5));
    const open = add('section');
    const openRoot = open.attachShadow({ mode: 'open' });
    const shadowRootOf = await freshReader();
    expect(shadowRootOf(deep)).toBeNull();
    expect(shadowRootOf(icon)).toBeNull();
    expect(shadowRootOf(open)).toBe(openRoot);
    expect(asked).toEqual([]);
  });

  it("never gives the banner's own root", async () => {
    const bannerHost = add('scam-sentinel-banner');
    const bannerRoot = closedRoot(bannerHost);
    (globalThis as Record<string, unknown>)[BANNER_CHUNK_KEY] = { ownRoot: () => bannerRoot } as Partial<BannerChunk>;
    expect((await freshReader())(bannerHost)).toBeNull();
  });

  it('asks about at most MAX_CLOSED_ROOT_ASKS elements of each kind a snapshot, so decoys of one kind do not use up the others', async () => {
    const { MAX_CLOSED_ROOT_ASKS } = await import('@/entrypoints/scan.content/shadow-roots');
    const decoys = Array.from({ length: MAX_CLOSED_ROOT_ASKS }, () => add('x-decoy', nested(5)));
    const lateComponent = add('offer-box', nested(5));
    const wrapper = add('div');
    const emptyApp = nested(6);
    closedRoot(lateComponent);
    const [wrapperRoot, appRoot] = [closedRoot(wrapper), closedRoot(emptyApp)];
    const shadowRootOf = await freshReader();
    for (const decoy of decoys) shadowRootOf(decoy);
    expect(shadowRootOf(lateComponent)).toBeNull();
    expect(shadowRootOf(wrapper)).toBe(wrapperRoot);
    expect(shadowRootOf(emptyApp)).toBe(appRoot);
    expect(asked).toHaveLength(MAX_CLOSED_ROOT_ASKS + 2);
    // The next snapshot has its own allowance.
    expect((await freshReader())(lateComponent)).toBe(closedRoots.get(lateComponent));
  });

  it('asks about an element once a snapshot, however often the page is read (a page over its budget is read twice)', async () => {
    const wrapper = add('div');
    const wrapperRoot = closedRoot(wrapper);
    const shadowRootOf = await freshReader();
    expect([shadowRootOf(wrapper), shadowRootOf(wrapper)]).toEqual([wrapperRoot, wrapperRoot]);
    expect(asked).toEqual([wrapper]);
  });

  it('gives no root for an SVG element of a hyphenated name (the API refuses anything but HTML elements)', async () => {
    const svg = document.body.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
    const fontFace = svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'font-face'));
    expect((await freshReader())(fontFace)).toBeNull();
    expect(asked).toEqual([fontFace]);
  });
});
