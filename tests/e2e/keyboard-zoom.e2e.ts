import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openPopupFor, startSiteServer, tabIdOf, type ExtensionBrowser, type SiteServer } from './harness';

/**
 * The popup and the report form with the keyboard only (Tab reaches every action, Enter and Space work
 * them) and at 200% zoom (the window's CSS size halves: nothing is cut off, every action can be reached).
 */
const START_HOST = 'start.example';
const fixture = readFileSync(resolve(import.meta.dirname, '../fixtures/html/scam-recovery-en.html'), 'utf8');
const POPUP = { width: 360, height: 600 };
/**
 * At 200% Chromium's popup grows with its content up to its largest size, 800 × 600 screen pixels: 400 × 300
 * CSS pixels. A tab's page keeps its window: half its width and height in CSS pixels.
 */
const POPUP_ZOOMED = { width: 400, height: 300 };
const FORM = { width: 1280, height: 800 };
const FORM_ZOOMED = { width: FORM.width / 2, height: FORM.height / 2 };

let server: SiteServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startSiteServer();
  server.route(START_HOST, '<!doctype html><title>Start</title><p>Start page.</p>');
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** A flagged tab of its own site (a saved report may block the site; opened from another page, so "Leave this site" has somewhere to go back to). */
async function flaggedTab(host: string): Promise<{ page: Page; tabId: number }> {
  server.route(host, fixture);
  const page = await ext.context.newPage();
  await page.goto(server.url(START_HOST, '/'));
  await page.goto(server.url(host, '/'));
  await page.locator('scam-sentinel-banner').waitFor({ state: 'attached', timeout: 20_000 });
  return { page, tabId: await tabIdOf(ext, page) };
}

/** Names every visible, enabled control of the page (data-kbd), one per radio group; returns the names. */
function markControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const names: string[] = [];
    const groups = new Set<string>();
    const controls = document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]');
    controls.forEach((control, i) => {
      // A real control taken out of the Tab order (tabindex="-1") still counts: it must be reached.
      const native = control.matches('a[href], button, input, select, textarea, summary');
      if ((control as HTMLButtonElement).disabled || (!native && control.getAttribute('tabindex') === '-1')) return;
      if (control instanceof HTMLInputElement && control.type === 'hidden') return;
      if (control.getClientRects().length === 0 || getComputedStyle(control).visibility === 'hidden') return;
      const name = control.dataset.testid ?? `${control.localName}-${i}`;
      control.dataset.kbd = name;
      if (control instanceof HTMLInputElement && control.type === 'radio') {
        control.dataset.kbd = `radio:${control.name}`;
        if (groups.has(control.name)) return;
        groups.add(control.name);
      }
      names.push(control.dataset.kbd);
    });
    return names;
  });
}

const focused = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.kbd ?? '');

/** The controls the Tab key stops at, in order, from the top of the page until it comes round again. */
async function tabStops(page: Page, limit: number): Promise<string[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const name = await focused(page);
    if (name !== '' && stops.includes(name)) break;
    if (name !== '') stops.push(name);
  }
  return stops;
}

/** Presses Tab until the control with this test id has the focus. */
async function tabTo(page: Page, testId: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < 60 && (await focused(page)) !== testId; i++) await page.keyboard.press('Tab');
  expect(await focused(page)).toBe(testId);
}

/** Nothing wider than the window, and every control reachable inside it once scrolled to. */
async function expectNothingCutOff(page: Page, size: { width: number; height: number }): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
  const outside = await page.evaluate(
    ({ width, height }) =>
      [...document.querySelectorAll<HTMLElement>('[data-kbd]')]
        .filter((control) => {
          control.scrollIntoView({ block: 'nearest', inline: 'nearest' });
          const box = control.getBoundingClientRect();
          // Scrolling lands on fractions of a pixel.
          return box.left < -1 || box.right > width + 1 || box.top < -1 || box.bottom > height + 1;
        })
        .map((control) => control.dataset.kbd),
    size,
  );
  expect(outside).toEqual([]);
}

describe('the popup of a flagged page', () => {
  it('works with the keyboard only: Tab reaches every action, Enter opens "More reasons", Space leaves the site', async () => {
    const { page, tabId } = await flaggedTab('chainback-refund-office.net');
    const popup = await openPopupFor(ext, tabId);
    await popup.setViewportSize(POPUP);
    await popup.getByTestId('popup-leave').waitFor();
    const controls = await markControls(popup);
    expect(controls).toEqual(expect.arrayContaining(['popup-leave', 'report-site', 'open-settings', 'reasons-more']));
    expect(new Set(await tabStops(popup, controls.length + 5))).toEqual(new Set(controls));

    const reasons = await popup.getByTestId('reason').count();
    await tabTo(popup, 'reasons-more');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByTestId('reason').count()).toBeGreaterThan(reasons);

    await tabTo(popup, 'popup-leave');
    await popup.keyboard.press('Space');
    await expect.poll(() => page.url()).toContain(START_HOST);
    await popup.close();
    await page.close();
  });

  it('at 200% zoom shows every action, cut off nowhere', async () => {
    const { page, tabId } = await flaggedTab('refund-office-desk.net');
    const popup = await openPopupFor(ext, tabId);
    await popup.setViewportSize(POPUP_ZOOMED);
    await popup.getByTestId('popup-leave').waitFor();
    const controls = await markControls(popup);
    expect(controls).toEqual(expect.arrayContaining(['popup-leave', 'report-site', 'open-settings']));
    await expectNothingCutOff(popup, POPUP_ZOOMED);
    await popup.close();
    await page.close();
  });
});

describe('the report form', () => {
  it('works with the keyboard only: a kind chosen with Space, saved with Enter, then sending reached by Tab', async () => {
    const { page, tabId } = await flaggedTab('lost-funds-claims.net');
    const form = await ext.context.newPage();
    await form.setViewportSize(FORM);
    await form.goto(ext.extensionUrl(`report.html?tab=${tabId}`));
    await form.getByTestId('report-form').waitFor();
    const controls = await markControls(form);
    expect(controls).toEqual(expect.arrayContaining(['radio:kind', 'report-lost-money', 'report-notes', 'report-see-all']));
    // "Save" waits for a kind: every other control is a stop of the Tab key.
    expect(new Set(await tabStops(form, controls.length + 5))).toEqual(new Set(controls));

    await tabTo(form, 'radio:kind');
    await form.keyboard.press('Space');
    await tabTo(form, 'report-lost-money');
    await form.keyboard.press('Space');
    expect(await form.getByTestId('report-lost-money').isChecked()).toBe(true);
    await markControls(form);
    await tabTo(form, 'report-save');
    await form.keyboard.press('Enter');
    await form.getByTestId('report-saved').waitFor();

    const sending = await markControls(form);
    expect(sending).toEqual(expect.arrayContaining(['send-report']));
    expect(new Set(await tabStops(form, sending.length + 5))).toEqual(new Set(sending));
    await form.close();
    await page.close();
  });

  it('at 200% zoom shows every control, cut off nowhere', async () => {
    const { page, tabId } = await flaggedTab('claims-return-agency.net');
    const form = await ext.context.newPage();
    await form.setViewportSize(FORM_ZOOMED);
    await form.goto(ext.extensionUrl(`report.html?tab=${tabId}`));
    await form.getByTestId('report-form').waitFor();
    await markControls(form);
    await expectNothingCutOff(form, FORM_ZOOMED);
    await form.close();
    await page.close();
  });
});
