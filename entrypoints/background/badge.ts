import { browser } from 'wxt/browser';
import type { Level } from '@/rules/verdict';

/** The toolbar badge of one tab: red "!" for danger, amber "?" for a warning, nothing otherwise. */
const BADGES: Record<Level, { text: string; color: string }> = {
  danger: { text: '!', color: '#b00020' },
  warning: { text: '?', color: '#b35c00' },
  ok: { text: '', color: '#000000' },
};

export async function showBadge(tabId: number, level: Level): Promise<void> {
  const badge = BADGES[level];
  // Firefox builds are Manifest V2, where the toolbar button is browserAction.
  const action = browser.action ?? browser.browserAction;
  try {
    await action.setBadgeText({ tabId, text: badge.text });
    if (badge.text) await action.setBadgeBackgroundColor({ tabId, color: badge.color });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}
