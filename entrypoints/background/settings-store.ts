import { browser } from 'wxt/browser';
import { applyPatch, loadSettings, SETTINGS_KEY, type Settings, type SettingsPatch } from '@/rules/settings';

/**
 * Settings in browser.storage.local. Reading never fails: corrupt or foreign data becomes valid
 * settings, the repair is written back, and the problems are kept for the options page to show.
 */
let lastProblems: string[] = [];

export async function readSettings(): Promise<Settings> {
  let stored: unknown;
  try {
    stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch (error) {
    console.warn('[scam-sentinel] settings could not be read, using defaults:', error);
    stored = undefined;
  }
  const loaded = loadSettings(stored);
  if (loaded.problems.length > 0) {
    lastProblems = loaded.problems;
    console.warn('[scam-sentinel] settings repaired:', loaded.problems.join(' '));
  }
  if (loaded.needsWrite) await writeSettings(loaded.settings);
  return loaded.settings;
}

/** Problems found the last time settings were repaired (since the worker started). */
export function settingsProblems(): string[] {
  return lastProblems;
}

export async function updateSettings(patch: SettingsPatch): Promise<Settings> {
  const next = applyPatch(await readSettings(), patch);
  await writeSettings(next);
  lastProblems = [];
  return next;
}

async function writeSettings(settings: Settings): Promise<void> {
  try {
    await browser.storage.local.set({ [SETTINGS_KEY]: settings });
  } catch (error) {
    // A full quota must not cost protection: the settings stay in effect for this session.
    console.warn('[scam-sentinel] settings could not be saved:', error);
  }
}
