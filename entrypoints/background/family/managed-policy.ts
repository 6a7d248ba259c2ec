import { browser } from 'wxt/browser';
import { EMPTY_POLICY, parseManagedPolicy, policyPatch, type ManagedPolicy } from '@/rules/family/managed';
import { readSettings, updateSettings } from '../settings-store';

/**
 * The administrator's policy from browser.storage.managed (see public/managed-schema.json and
 * rules/family/managed.ts). Read at every worker start and whenever the policy changes; its
 * values are written into the user's settings so every part of the extension simply reads
 * settings, and page:setSettings refuses changes to locked ones (family/gate.ts).
 */
const APPLIED_KEY = 'managedPolicyApplied';

export async function currentManagedPolicy(): Promise<ManagedPolicy> {
  try {
    return parseManagedPolicy(await browser.storage.managed.get());
  } catch {
    // No policy installed (Firefox rejects when there is none; some browsers lack the area).
    return EMPTY_POLICY;
  }
}

export async function applyManagedPolicy(): Promise<void> {
  const policy = await currentManagedPolicy();
  if (policy.problems.length > 0) console.warn('[scam-sentinel] managed policy:', policy.problems.join(' '));
  const stored = (await browser.storage.local.get(APPLIED_KEY))[APPLIED_KEY];
  const previous = stored && typeof stored === 'object' ? parseManagedPolicy(stored) : null;
  const patch = policyPatch(await readSettings(), policy, previous);
  if (Object.keys(patch).length > 0) await updateSettings(patch);
  const applied = { settings: policy.settings, lockedSettings: policy.locked };
  // Applied at every worker start: a write each time would cost every wake a disk write and wake every open page's
  // storage listeners, for nothing when the policy is the one already applied.
  if (JSON.stringify(stored) !== JSON.stringify(applied)) await browser.storage.local.set({ [APPLIED_KEY]: applied });
}

/** Extra feeds the administrator subscribed the user to (for the feeds code). */
export async function managedFeeds(): Promise<ManagedPolicy['feeds']> {
  return (await currentManagedPolicy()).feeds;
}
