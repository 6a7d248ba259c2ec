import { browser } from 'wxt/browser';

/**
 * Sites the user chose to open despite the warning ("Continue anyway"). Remembered until the
 * browser closes: storage.session survives the worker being stopped, not a browser restart.
 * Keyed by the listed name that matched, so the whole listed site is covered.
 */
const KEY = 'allowedForSession';

export async function allowedForSession(): Promise<string[]> {
  const stored = (await browser.storage.session.get(KEY))[KEY];
  return Array.isArray(stored) ? stored.filter((v): v is string => typeof v === 'string') : [];
}

export async function isAllowedForSession(listedName: string): Promise<boolean> {
  return (await allowedForSession()).includes(listedName);
}

export async function allowForSession(listedName: string): Promise<void> {
  const allowed = await allowedForSession();
  if (!allowed.includes(listedName)) await browser.storage.session.set({ [KEY]: [...allowed, listedName] });
}
