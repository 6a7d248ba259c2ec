import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, patchFeedRecord, sendFromPage, type ExtensionBrowser } from './harness';

/**
 * Family mode's side doors (issue 10, hole 7): a damaged record fails closed, lock-outs survive a
 * clock set forward, an older PIN hash is strengthened at the next correct PIN.
 */
const PIN = '730519';
const GUARDIAN = { name: 'Luca Ferri', phone: '+39 347 555 0199' };

let ext: ExtensionBrowser;
let options: Page;

beforeAll(async () => {
  ext = await launchWithExtension();
  options = await ext.context.newPage();
});

afterAll(async () => {
  await ext?.close();
});

const send = (message: object) => sendFromPage(options, message);

/** A family record as the worker stores it, with the PIN hashed at `iterations`, then changed by `damage`. */
async function storeFamily(iterations: number, damage: Record<string, unknown> = {}): Promise<void> {
  await ext.worker.evaluate(
    async ({ pin, guardian, iterations, damage }) => {
      const salt = crypto.getRandomValues(new Uint8Array(16));
      const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
      const bits = new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256));
      const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
      const record = { version: 1, pin: { algorithm: 'PBKDF2-SHA-256', iterations, salt: b64(salt), hash: b64(bits) }, guardian };
      await chrome.storage.local.set({ family: { ...record, ...damage } });
    },
    { pin: PIN, guardian: GUARDIAN, iterations, damage },
  );
}

const storedFamily = () => ext.worker.evaluate(async () => (await chrome.storage.local.get('family')).family as { pin: { iterations: number } });

describe('an administrator\'s feed', () => {
  it('shows as theirs, with no switch and no Remove, and the background refuses both', async () => {
    await options.goto(ext.extensionUrl('options.html'));
    const url = 'https://lists.example.org/company-list.txt';
    expect((await send({ type: 'page:addFeed', url })).ok).toBe(true);
    await patchFeedRecord(ext, url, { origin: 'managed' }); // as the background does for the policy's "feeds"
    await options.reload();
    const row = options.locator(`[data-testid="feed-row"][data-feed-url="${url}"]`);
    await row.getByTestId('feed-managed').waitFor();
    expect(await row.locator('input[type="checkbox"]').isDisabled()).toBe(true);
    expect(await row.locator('.feed-remove').count()).toBe(0);
    const id = ((await send({ type: 'page:feeds' })).value as { feeds: { id: string; url: string }[] }).feeds.find((feed) => feed.url === url)!.id;
    expect((await send({ type: 'page:removeFeed', id })).value).toContain('feed-managed-by-administrator');
    expect((await send({ type: 'page:setFeedEnabled', id, enabled: false })).value).toContain('feed-managed-by-administrator');
    expect(await row.getAttribute('data-enabled')).toBe('true');
  });
});

describe('family mode side doors', () => {
  it('a damaged family record keeps everything locked and says how to repair it; the PIN still works', async () => {
    await storeFamily(600_000, { guardian: { name: 42 } });
    await options.goto(ext.extensionUrl('options.html'));
    await options.getByTestId('family-damaged').waitFor();
    expect(await options.getByTestId('family-damaged').getAttribute('data-damaged')).toBe('pin-works');
    expect(await options.getByTestId('setting-heuristics').isDisabled()).toBe(true);
    expect(await send({ type: 'page:setSettings', patch: { heuristicsEnabled: false } })).toEqual({
      ok: false,
      value: expect.stringContaining('family-pin-required'),
    });

    await options.getByTestId('settings-family-locked-unlock').click();
    await options.getByTestId('settings-family-locked').getByTestId('pin-input').fill(PIN);
    await options.getByTestId('settings-family-locked').getByTestId('pin-submit').click();
    await expect.poll(() => options.getByTestId('setting-heuristics').isDisabled()).toBe(false);
  });

  it('a record whose PIN cannot be read stays locked, and the page says to reinstall', async () => {
    await ext.worker.evaluate(() => chrome.storage.local.set({ family: { version: 1, pin: 'lost' } }));
    await options.reload();
    await options.getByTestId('family-damaged').waitFor();
    expect(await options.getByTestId('family-damaged').getAttribute('data-damaged')).toBe('pin-lost');
    expect(await options.getByTestId('family-damaged').textContent()).toMatch(/install it again/);
    expect(await options.getByTestId('setting-heuristics').isDisabled()).toBe(true);
    expect((await send({ type: 'page:familyUnlock', pin: PIN })).value).toEqual({ ok: false, reason: 'damaged' });
  });

  it('a PIN stored with 310,000 iterations is hashed again with 600,000 at its next correct entry', async () => {
    await storeFamily(310_000);
    expect((await storedFamily()).pin.iterations).toBe(310_000);
    expect((await send({ type: 'page:familyUnlock', pin: PIN })).value).toMatchObject({ ok: true });
    expect((await storedFamily()).pin.iterations).toBe(600_000);
    expect((await send({ type: 'page:familyUnlock', pin: PIN })).value).toMatchObject({ ok: true });
  });

  it('setting the clock forward does not end a lock-out', async () => {
    for (let i = 0; i < 5; i++) await send({ type: 'page:familyUnlock', pin: '1111' });
    expect((await send({ type: 'page:familyUnlock', pin: PIN })).value).toMatchObject({ ok: false, reason: 'locked' });
    // The background's clock jumps a day ahead.
    await ext.worker.evaluate(() => {
      const realNow = Date.now.bind(Date);
      Date.now = () => realNow() + 24 * 3600_000;
    });
    expect((await send({ type: 'page:familyUnlock', pin: PIN })).value).toMatchObject({ ok: false, reason: 'locked' });
    expect(await ext.worker.evaluate(async () => (await chrome.alarms.get('family-lockout-wait'))?.periodInMinutes)).toBe(1);
  });
});
