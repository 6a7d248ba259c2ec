import { browser } from 'wxt/browser';
import type { BuiltInListFacts } from '@/rules/feeds-config/feed-summary';
import { bundledList } from './blocklist';

/** Written next to the compiled list by the build (scripts/compiled-bundled-list.ts). */
const BUNDLED_LIST_DATE_PATH = '/lists/bundled-date.json';

/**
 * What the options page says of the list that comes with the extension: how many names the compiled list
 * the worker uses holds, and the day its data was gathered (the list's own header, read at build time).
 * Null when the list cannot be read (the page then shows no made-up figures).
 */
export async function builtInListFacts(): Promise<BuiltInListFacts | null> {
  try {
    const [list, response] = await Promise.all([bundledList(), fetch(browser.runtime.getURL(BUNDLED_LIST_DATE_PATH as '/'))]);
    const { madeOn } = (await response.json()) as { madeOn?: unknown };
    return { names: list.size, madeOn: typeof madeOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(madeOn) ? madeOn : null };
  } catch {
    return null;
  }
}
