import type { BidiClient } from './bidi-client';
import { FIREFOX_EXTENSION_DIR } from './launch';
import type { FirefoxTab } from './page';
import { EXTENSION_UUID } from './profile';

/** Our Firefox build inside the browser under test. */

/** Installs the build as a temporary (unsigned) add-on; returns the add-on id Firefox reports. */
export async function installExtension(bidi: BidiClient): Promise<string> {
  const { extension } = await bidi.send<{ extension: string }>('webExtension.install', {
    extensionData: { type: 'path', path: FIREFOX_EXTENSION_DIR },
  });
  return extension;
}

/** A page of the extension, at the moz-extension:// host pinned in the profile. */
export function extensionUrl(path: string): string {
  return `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;
}

/**
 * Waits until the background's blocking listener is live: the install answer may come before the
 * background page has run, so a throwaway listed site is visited until it is replaced by the
 * warning page (the sites the tests check are never visited before that).
 */
export async function waitForProtection(tab: FirefoxTab, probeUrl: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const warningPage = extensionUrl('interstitial.html#');
  let seen = '';
  while (Date.now() < deadline) {
    await tab.goto(probeUrl);
    seen = await tab.url();
    if (seen.startsWith(warningPage)) return;
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`protection did not start within ${timeoutMs} ms: ${probeUrl} still opened ${seen}`);
}
