import { lockedFieldsIn } from '@/rules/family/managed';
import { PIN_REQUIRED_ERROR, SETTING_LOCKED_ERROR } from '@/rules/family/unlock';
import type { PageMessage } from '@/rules/protocol';
import type { Handlers } from '../router';
import { isUnlockTokenLive, readFamilyRecord } from './family-store';
import { currentManagedPolicy } from './managed-policy';

/**
 * The background's guard for what family mode protects. The UI asks for the PIN too, but only
 * this check counts: a message without a live unlock token is refused whatever sent it.
 * Add here any new message that changes settings, lists or protection.
 */
export const FAMILY_PROTECTED: ReadonlySet<PageMessage['type']> = new Set<PageMessage['type']>([
  'page:setSettings',
  'page:continueAnyway',
  'page:trustSite',
  'page:untrustSite',
  'page:familySetup',
  'page:familyDisable',
  // The user's own lists (a trusted site skips the checks) and the feeds that protect them: any
  // feed change, even adding one (a feed can be made to list nothing, or an honest site), and
  // "Update now" (the one way to swap a list's contents on demand).
  'page:addPersonal',
  'page:removePersonal',
  'page:importPersonal',
  'page:confirmTrust',
  'page:addFeed',
  'page:updateFeeds',
  'page:removeFeed',
  'page:setFeedEnabled',
  // The reports are the record of what happened, for the family and for the police.
  'page:reportDelete',
]);

export class RefusedError extends Error {}

/** Throws PIN_REQUIRED_ERROR when family mode is on (or its record damaged) and the token is not live. */
export async function requireUnlock(token: string | undefined): Promise<void> {
  if ((await readFamilyRecord()).state === 'off') return;
  if (!(await isUnlockTokenLive(token))) throw new RefusedError(PIN_REQUIRED_ERROR);
}

async function guard(message: PageMessage): Promise<void> {
  if (message.type === 'page:setSettings') {
    const locked = lockedFieldsIn(message.patch, (await currentManagedPolicy()).locked);
    if (locked.length > 0) throw new RefusedError(`${SETTING_LOCKED_ERROR}: ${locked.join(', ')}`);
  }
  if (FAMILY_PROTECTED.has(message.type)) await requireUnlock((message as { unlockToken?: string }).unlockToken);
}

/** Wraps every page handler with the family-mode and administrator checks. */
export function withFamilyGate(page: Handlers['page']): Handlers['page'] {
  const guarded: Record<string, (message: PageMessage) => Promise<unknown>> = {};
  for (const [type, handler] of Object.entries(page) as [string, (message: PageMessage) => Promise<unknown>][]) {
    guarded[type] = async (message) => {
      await guard(message);
      return handler(message);
    };
  }
  return guarded as Handlers['page'];
}
