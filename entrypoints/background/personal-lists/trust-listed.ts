import type { PersonalAnswer, PersonalView } from '@/rules/personal/answers';
import { personalHost } from '@/rules/personal/records';
import { invalidateLists, scamListsNaming, trustInThisBrowser } from '../blocklist';
import { addPersonal, readPersonalLists, type PersonalChangeResult } from './index';
import { saveTrustConfirmation } from './trust-confirmations';

/**
 * Trusting a site from the options page. A site a scam list names is trusted only when the page
 * says the user saw the warning (confirmListed); that trust is then confirmed for this browser at
 * once. Pending trust (synced, imported) is confirmed with confirmPendingTrust.
 * In family mode both messages need the PIN (family/gate.ts).
 */
export async function personalView(lists?: PersonalView['lists']): Promise<PersonalView> {
  return { lists: lists ?? (await readPersonalLists()), pending: (await trustInThisBrowser()).pending };
}

/** The answer to a change: the combined lists must see the change just written before the page is answered. */
export async function withView(result: PersonalChangeResult): Promise<PersonalAnswer> {
  invalidateLists();
  return { ...result, ...(await personalView(result.lists)) };
}

export async function trustFromOptions(input: string, confirmListed: boolean): Promise<PersonalAnswer> {
  const host = personalHost(input);
  if (host === null) return withView(await addPersonal('trusted', input));
  const listedBy = await scamListsNaming(host);
  if (listedBy.length > 0 && !confirmListed) return { ok: false, reason: 'listed', host, listedBy, ...(await personalView()) };
  const result = await addPersonal('trusted', host);
  if (result.ok && listedBy.length > 0) await saveTrustConfirmation(host);
  return withView(result);
}

export async function confirmPendingTrust(input: string): Promise<PersonalAnswer> {
  const host = personalHost(input);
  if (host === null) return { ok: false, reason: 'not-a-site', ...(await personalView()) };
  await saveTrustConfirmation(host);
  invalidateLists();
  return { ok: true, ...(await personalView()) };
}
