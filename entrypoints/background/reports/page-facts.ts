import { browser } from 'wxt/browser';
import { PageFactsSchema, type PageFacts } from '@/rules/reports/page-facts';

/**
 * The latest page facts (title, crypto addresses) each tab's content script reported, so the report
 * form can show them. Kept in storage.session (the worker may sleep between the page and the form),
 * at most MAX_TABS tabs, and only used while the tab still shows the same page.
 */
const KEY = 'reportPageFacts';
const MAX_TABS = 100;

interface Stored {
  url: string;
  facts: PageFacts;
}

const samePage = (a: string, b: string) => a.split('#')[0] === b.split('#')[0];

async function readAll(): Promise<Record<string, Stored>> {
  const stored = (await browser.storage.session.get(KEY))[KEY];
  return stored && typeof stored === 'object' ? (stored as Record<string, Stored>) : {};
}

export async function rememberPageFacts(tabId: number, url: string, facts: PageFacts): Promise<void> {
  const all = await readAll();
  delete all[tabId];
  const next: Record<string, Stored> = { ...all, [tabId]: { url, facts } };
  const keys = Object.keys(next);
  for (const key of keys.slice(0, Math.max(0, keys.length - MAX_TABS))) delete next[key];
  await browser.storage.session.set({ [KEY]: next });
}

export async function pageFactsFor(tabId: number, currentUrl: string): Promise<PageFacts | null> {
  const stored = (await readAll())[tabId];
  if (!stored || !samePage(stored.url, currentUrl)) return null;
  const parsed = PageFactsSchema.safeParse(stored.facts);
  return parsed.success ? parsed.data : null;
}
