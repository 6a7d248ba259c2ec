import { browser } from 'wxt/browser';

/** Every website, as the manifest asks for them (`host_permissions`). */
const ALL_SITES = ['<all_urls>'];

/** Whether the browser lets the extension read every website (a person can narrow it in the browser's settings). */
export async function mayReadAllSites(): Promise<boolean> {
  return browser.permissions.contains({ origins: ALL_SITES });
}

/**
 * Asks the browser to give back access to every website (it asks the person to confirm); then `done`, so the
 * page shows the new state. Must be called from a click.
 */
export async function restoreSiteAccess(done: () => Promise<void> | void): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: ALL_SITES });
  if (granted) await done();
  return granted;
}

/** Whether the person allowed the extension in private windows (off unless they did). */
export async function allowedInPrivateWindows(): Promise<boolean> {
  return browser.extension.isAllowedIncognitoAccess();
}

/** Chromium: opens the extension's own page of the browser's extension settings, where private windows are allowed. */
export async function openExtensionDetails(): Promise<boolean> {
  await browser.tabs.create({ url: `chrome://extensions/?id=${browser.runtime.id}` });
  return true;
}
