import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './a11y-check';
import { launchWithExtension, type ExtensionBrowser } from './harness';

/**
 * Browsers run no extension in private windows unless the person allows it, and a scammer may send someone there to
 * get past the warnings. The settings page says so and opens the browser's page where it is allowed. (Allowing it
 * there reloads the extension, and Chromium 156 then disables an extension loaded from the command line, as these
 * tests load it: the page without the notice is not reached here.)
 */
const english = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

let ext: ExtensionBrowser;

beforeAll(async () => {
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
});

describe('private windows', () => {
  it('not allowed (as after install): the settings page says what that means and opens the browser\'s page for it', async () => {
    const options = await ext.context.newPage();
    await options.goto(ext.extensionUrl('options.html'));
    const notice = options.getByTestId('private-windows');
    expect(await notice.textContent()).toContain(english.privateWindowsOff!.message);
    expect(await seriousViolations(options)).toEqual([]);
    const opened = ext.context.waitForEvent('page');
    await notice.getByTestId('private-windows-action').click();
    const details = await opened;
    await expect.poll(() => details.url()).toBe(`chrome://extensions/?id=${ext.extensionId}`);
    await details.close();
    await options.close();
  });
});
