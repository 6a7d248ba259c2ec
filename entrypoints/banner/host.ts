/**
 * The banner's place in the page, out of the page's reach: a CLOSED shadow root (the page's scripts get
 * no handle on its content, so they cannot click "close" in it or read it), on a host element whose own
 * attributes the page cannot keep changed, and which comes back when the page removes it.
 */
const HOST_TAG = 'scam-sentinel-banner';
// Inline !important beats any rule of the page's style sheets aimed at the host.
const HOST_STYLE = [
  'all: initial', 'display: block', 'position: fixed', 'inset: 0 0 auto 0', 'z-index: 2147483647',
  'visibility: visible', 'opacity: 1', 'transform: none', 'filter: none', 'pointer-events: auto',
].map((rule) => `${rule} !important;`).join(' ');
/** Put back this many times in a row at once; after that, a page that keeps removing it waits a second. */
const QUICK_RETURNS = 20;
const SLOW_RETURN_MS = 1_000;

export interface GuardedHost {
  /** Where the banner renders, inside the closed shadow root. */
  container: HTMLElement;
  setAttributes(attributes: Record<string, string>): void;
  remove(): void;
}

export function mountGuardedHost(doc: Document, css: string): GuardedHost {
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  root.append(style, container);

  let own: Record<string, string> = { style: HOST_STYLE };
  let quickReturns = 0;
  let slowTimer: ReturnType<typeof setTimeout> | undefined;
  const restoreAttributes = () => {
    for (const { name } of [...host.attributes]) if (!(name in own)) host.removeAttribute(name);
    for (const [name, value] of Object.entries(own)) if (host.getAttribute(name) !== value) host.setAttribute(name, value);
  };
  const putBack = () => {
    slowTimer = undefined;
    // First in the document, so the banner is the first stop of the Tab key (before the page's links).
    if (!host.isConnected) (doc.documentElement ?? doc).prepend(host);
  };
  const guard = new MutationObserver(() => {
    restoreAttributes();
    if (host.isConnected) {
      quickReturns = 0;
      return;
    }
    if (quickReturns++ < QUICK_RETURNS) putBack();
    else slowTimer ??= setTimeout(putBack, SLOW_RETURN_MS);
  });
  const watch = () => {
    guard.observe(doc, { childList: true, subtree: true });
    guard.observe(host, { attributes: true });
  };

  restoreAttributes();
  putBack();
  watch();
  return {
    container,
    setAttributes(attributes) {
      own = { ...attributes, style: HOST_STYLE };
      restoreAttributes();
    },
    remove() {
      guard.disconnect();
      clearTimeout(slowTimer);
      host.remove();
    },
  };
}
