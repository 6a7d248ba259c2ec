import { browser } from 'wxt/browser';
import { exportPersonalLists, parsePersonalImport } from '@/rules/personal/export';
import { listsOf, personalHost, recordFor, type PersonalListName, type PersonalLists, type PersonalRecords } from '@/rules/personal/records';
import { decodeDevices, mergedRecords, planWrite, SYNC_KEY_PREFIX } from '@/rules/personal/sync-chunks';

/**
 * The user's blocked and trusted sites in browser.storage.sync, so they follow the user to their
 * other browsers. The layout and merge rules are in rules/personal/; this file only reads and
 * writes. This browser's id (for its own sync items) lives in storage.local and never syncs.
 */
const DEVICE_KEY = 'personalListsDeviceId';

let deviceIdPromise: Promise<string> | null = null;

function deviceId(): Promise<string> {
  deviceIdPromise ??= (async () => {
    const stored = (await browser.storage.local.get(DEVICE_KEY))[DEVICE_KEY];
    if (typeof stored === 'string' && /^[a-z0-9]{4,16}$/.test(stored)) return stored;
    const fresh = Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => (b % 36).toString(36)).join('');
    await browser.storage.local.set({ [DEVICE_KEY]: fresh });
    return fresh;
  })();
  return deviceIdPromise;
}

async function readItems(): Promise<Record<string, unknown>> {
  return (await browser.storage.sync.get(null)) as Record<string, unknown>;
}

export async function readPersonalLists(): Promise<PersonalLists> {
  return listsOf(await readPersonalRecords());
}

/** Every host's newest record, merged from all the user's browsers. */
export async function readPersonalRecords(): Promise<PersonalRecords> {
  return mergedRecords(decodeDevices(await readItems()));
}

/** The trusted sites, each with the time it was trusted (a confirmation names that decision). */
export function trustedRecords(records: PersonalRecords): Map<string, number> {
  return new Map([...records].flatMap(([host, record]) => (record.list === 'trusted' ? [[host, record.at] as const] : [])));
}

/** True when a storage.sync change concerns the personal lists. */
export function isPersonalListsChange(changedKeys: string[]): boolean {
  return changedKeys.some((key) => key.startsWith(SYNC_KEY_PREFIX));
}

export type PersonalChangeResult = { ok: true; lists: PersonalLists } | { ok: false; reason: 'not-a-site' | 'full'; lists: PersonalLists };

/** Puts hosts on a list (null: takes them off every list), in one sync write. */
async function applyChanges(changes: { host: string; list: PersonalListName | null }[]): Promise<PersonalChangeResult> {
  const device = await deviceId();
  const items = await readItems();
  const devices = decodeDevices(items);
  const merged = mergedRecords(devices);
  const own: PersonalRecords = new Map(devices.get(device)?.records);
  const now = Math.floor(Date.now() / 1000);
  for (const { host, list } of changes) own.set(host, recordFor(merged, host, list, now));
  let plan;
  try {
    plan = planWrite(device, own, items, `${now.toString(36)}${Math.random().toString(36).slice(2, 6)}`, now);
  } catch (error) {
    if (error instanceof Error && error.name === 'PersonalListsFullError') return { ok: false, reason: 'full', lists: listsOf(merged) };
    throw error;
  }
  await browser.storage.sync.set(plan.set);
  if (plan.remove.length > 0) await browser.storage.sync.remove(plan.remove);
  return { ok: true, lists: await readPersonalLists() };
}

export async function addPersonal(list: PersonalListName, input: string): Promise<PersonalChangeResult> {
  const host = personalHost(input);
  if (host === null) return { ok: false, reason: 'not-a-site', lists: await readPersonalLists() };
  return applyChanges([{ host, list }]);
}

export async function removePersonal(input: string): Promise<PersonalChangeResult> {
  const host = personalHost(input);
  if (host === null) return { ok: false, reason: 'not-a-site', lists: await readPersonalLists() };
  return applyChanges([{ host, list: null }]);
}

/** Takes names already on the lists (normal hosts, as readPersonalLists gives them) off, in one sync write. */
export function removePersonalHosts(hosts: readonly string[]): Promise<PersonalChangeResult> {
  return applyChanges(hosts.map((host) => ({ host, list: null })));
}

export async function exportPersonal(): Promise<string> {
  return exportPersonalLists(await readPersonalLists(), new Date());
}

export type ImportResult =
  | { ok: true; added: number; skipped: number; lists: PersonalLists }
  | { ok: false; reason: 'invalid' | 'full'; message: string }
  | { ok: false; reason: 'trust'; hosts: string[] };

/**
 * Adds the sites of an exported file to the lists (nothing is removed). "Import this file" is what a scammer on the
 * phone may ask for, to have their sites trusted (or unblocked: a site moves to the list the file names): a file that
 * trusts sites not trusted yet changes nothing until `trustConfirmed`, and the answer names those sites.
 */
export async function importPersonal(text: string, trustConfirmed = false): Promise<ImportResult> {
  let parsed;
  try {
    parsed = parsePersonalImport(text);
  } catch (error) {
    return { ok: false, reason: 'invalid', message: error instanceof Error ? error.message : String(error) };
  }
  const current = await readPersonalLists();
  const changes = [
    ...parsed.lists.trusted.filter((h) => !current.trusted.includes(h)).map((host) => ({ host, list: 'trusted' as const })),
    ...parsed.lists.blocked.filter((h) => !current.blocked.includes(h)).map((host) => ({ host, list: 'blocked' as const })),
  ];
  if (changes.length === 0) return { ok: true, added: 0, skipped: parsed.skipped, lists: current };
  const trusting = changes.filter((change) => change.list === 'trusted').map((change) => change.host);
  if (trusting.length > 0 && !trustConfirmed) return { ok: false, reason: 'trust', hosts: trusting };
  const result = await applyChanges(changes);
  if (!result.ok) return { ok: false, reason: 'full', message: 'The lists are full.' };
  return { ok: true, added: changes.length, skipped: parsed.skipped, lists: result.lists };
}
