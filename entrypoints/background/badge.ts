import { browser } from 'wxt/browser';
import type { Level } from '@/rules/verdict';

/**
 * The toolbar badge of one tab: red "!" for danger, amber "?" for a warning, grey "!" on a site the person
 * withheld from the extension (its pages cannot be checked: the popup says why and how to undo it), nothing
 * otherwise.
 */
export type BadgeLook = Level | 'unchecked';

const BADGES: Record<BadgeLook, { text: string; color: string }> = {
  danger: { text: '!', color: '#b00020' },
  warning: { text: '?', color: '#b35c00' },
  unchecked: { text: '!', color: '#5f6368' },
  ok: { text: '', color: '#000000' },
};

export async function showBadge(tabId: number, look: BadgeLook): Promise<void> {
  const badge = BADGES[look];
  // Firefox builds are Manifest V2, where the toolbar button is browserAction.
  const action = browser.action ?? browser.browserAction;
  try {
    await action.setBadgeText({ tabId, text: badge.text });
    if (badge.text) await action.setBadgeBackgroundColor({ tabId, color: badge.color });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}
