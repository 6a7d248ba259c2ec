import type { Page } from 'playwright-core';

/**
 * The in-page banner lives in a CLOSED shadow root: neither the page's scripts nor Playwright's locators can
 * reach into it. The tests reach it the way the browser's developer tools do, through the debugging protocol,
 * and click it with real (trusted) mouse events at the control's place on the screen.
 */
const HOST = 'scam-sentinel-banner';

interface DomNode {
  nodeId: number;
  nodeName: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

function findHostRoot(node: DomNode): DomNode | null {
  if (node.nodeName.toLowerCase() === HOST && node.shadowRoots?.[0]) return node.shadowRoots[0];
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findHostRoot(child);
    if (found) return found;
  }
  return null;
}

/** The banner's level ("warning" or "danger") once it shows. */
export function bannerLevel(page: Page, timeout = 15_000): Promise<string | null> {
  return page.locator(HOST).getAttribute('data-level', { timeout });
}

/**
 * Hands the banner's closed shadow root to the test (as `window.__bannerRoot` in the page's main world, where
 * only the test looks). Call again after the banner was put back or shown anew.
 */
export async function exposeBannerRoot(page: Page): Promise<void> {
  await page.locator(HOST).waitFor({ state: 'attached', timeout: 15_000 });
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const shadow = findHostRoot(root);
    if (!shadow) throw new Error('banner has no shadow root');
    const { object } = await cdp.send('DOM.resolveNode', { nodeId: shadow.nodeId });
    await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: 'function () { window.__bannerRoot = this; }',
    });
  } finally {
    await cdp.detach();
  }
}

/** How many elements with this test id the banner holds. */
export function countInBanner(page: Page, testId: string): Promise<number> {
  return page.evaluate(
    (id) => (window as unknown as { __bannerRoot?: ShadowRoot }).__bannerRoot?.querySelectorAll(`[data-testid="${id}"]`).length ?? 0,
    testId,
  );
}

/** The box of the element with this test id, in the page's coordinates. */
export async function boxInBanner(page: Page, testId: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.evaluate((id) => {
    const el = (window as unknown as { __bannerRoot?: ShadowRoot }).__bannerRoot?.querySelector(`[data-testid="${id}"]`);
    const rect = el?.getBoundingClientRect();
    return rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
  }, testId);
  if (!box) throw new Error(`no ${testId} in the banner`);
  return box;
}

/** Clicks a control of the banner as a person would (a trusted click at its place). */
export async function clickInBanner(page: Page, testId: string): Promise<void> {
  const box = await boxInBanner(page, testId);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/**
 * axe-core cannot look into a closed shadow root: this puts a copy of the banner's rendered content into an
 * OPEN shadow root on a host styled and placed like the banner's, and returns that host's selector.
 */
export async function openCopyOfBanner(page: Page): Promise<string> {
  await page.evaluate((tag) => {
    const closed = (window as unknown as { __bannerRoot?: ShadowRoot }).__bannerRoot!;
    const copy = document.createElement('div');
    copy.id = 'banner-open-copy';
    copy.setAttribute('style', document.querySelector(tag)!.getAttribute('style') ?? '');
    copy.lang = document.querySelector(tag)!.getAttribute('lang') ?? '';
    const open = copy.attachShadow({ mode: 'open' });
    for (const child of closed.childNodes) open.append(child.cloneNode(true));
    document.body.append(copy);
  }, HOST);
  return '#banner-open-copy';
}

/** The rule ids of the reasons the banner lists. */
export function reasonRulesInBanner(page: Page): Promise<(string | null)[]> {
  return page.evaluate(() =>
    [...((window as unknown as { __bannerRoot?: ShadowRoot }).__bannerRoot?.querySelectorAll('[data-testid="reason"]') ?? [])].map((item) => item.getAttribute('data-rule')),
  );
}
