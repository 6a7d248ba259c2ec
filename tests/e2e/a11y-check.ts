import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/**
 * Accessibility checks for the browser tests: axe-core injected into a page (through the
 * debugging protocol, so the extension pages' CSP does not stop it), and a keyboard walk.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Serious and critical axe violations in the page, or inside `hostSelector`'s shadow root. */
export async function seriousViolations(page: Page, hostSelector?: string): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (host) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    interface AxeViolation {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: unknown[] }[];
    }
    const context = host ? { include: [[host]] } : document;
    const { violations } = await axe.run(context, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, hostSelector ?? null);
}

export interface KeyboardWalk {
  /** Interactive controls never reached with Tab. */
  unreached: string[];
  /** Controls that got focus without a visible focus indicator. */
  noFocusStyle: string[];
  reachedCount: number;
}

/**
 * Presses Tab through the page (into shadow roots too) and checks that every visible, enabled
 * control gets focus and shows it (an outline or a box-shadow ring).
 */
export async function walkWithKeyboard(page: Page, extraTabs = 4): Promise<KeyboardWalk> {
  const total = await page.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    // The banner's closed shadow root, handed over by exposeBannerRoot (tests/e2e/banner.ts).
    const closed = (window as unknown as { __bannerRoot?: ShadowRoot }).__bannerRoot;
    if (closed) roots.push(closed);
    let n = 0;
    for (const root of roots) {
      for (const el of root.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')) {
        const disabled = el.matches(':disabled') || el.closest('[hidden], [inert]') !== null;
        if (disabled || el.getClientRects().length === 0) continue;
        el.dataset.a11yId = `${el.tagName.toLowerCase()}#${n++}:${(el.textContent || el.getAttribute('aria-label') || el.getAttribute('data-testid') || '').trim().slice(0, 40)}`;
      }
    }
    return n;
  });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const reached = new Set<string>();
  const noFocusStyle = new Set<string>();
  for (let i = 0; i < total + extraTabs; i++) {
    await page.keyboard.press('Tab');
    const seen = await page.evaluate(() => {
      const closed = (window as unknown as { __bannerRoot?: ShadowRoot }).__bannerRoot;
      const shadowOf = (host: Element) => host.shadowRoot ?? (closed?.host === host ? closed : null);
      let el = document.activeElement;
      while (el && shadowOf(el)?.activeElement) el = shadowOf(el)!.activeElement;
      if (!(el instanceof HTMLElement) || !el.dataset.a11yId) return null;
      const style = getComputedStyle(el);
      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      return { id: el.dataset.a11yId, visible: outlined || style.boxShadow !== 'none' };
    });
    if (seen === null) continue;
    reached.add(seen.id);
    if (!seen.visible) noFocusStyle.add(seen.id);
  }
  const all = await page.evaluate(() => {
    const ids: string[] = [];
    const roots: (Document | ShadowRoot)[] = [document];
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    const closed = (window as unknown as { __bannerRoot?: ShadowRoot }).__bannerRoot;
    if (closed) roots.push(closed);
    for (const root of roots) for (const el of root.querySelectorAll<HTMLElement>('[data-a11y-id]')) ids.push(el.dataset.a11yId!);
    return ids;
  });
  return { unreached: all.filter((id) => !reached.has(id)), noFocusStyle: [...noFocusStyle], reachedCount: reached.size };
}
