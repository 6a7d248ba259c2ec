import { isNewer, mergeRecords, personalHost, type PersonalRecord, type PersonalRecords } from './records.ts';

/**
 * How the personal lists are laid out in the extension's "sync" storage area.
 *
 * storage.sync replicates whole items, last writer wins per item, within about 100 KB in total and
 * 8 KB per item (Chrome and Firefox alike). If two browsers wrote the same items, one browser's
 * change would silently overwrite the other's. So each browser ("device") writes only its own
 * items: a meta item `personal:<device>` and chunks `personal:<device>:<n>`, holding the records
 * that device decided. Every device reads all devices' items and merges them (records.ts).
 *
 * Items of one write can arrive on another device at different times, so every chunk starts with
 * the generation of its write and the meta item says which generation and how many chunks make a
 * whole; a device whose items do not agree yet is left out until the rest arrives.
 */
export const SYNC_KEY_PREFIX = 'personal:';
export const QUOTA_BYTES = 102_400;
export const QUOTA_BYTES_PER_ITEM = 8_192;
const MAX_ITEMS = 512;
/** Kept free for anything else the extension may one day sync. */
const RESERVED_BYTES = 4_096;
/** A browser not heard from for this long is gone; another device takes its records over. */
export const STALE_DEVICE_SECONDS = 180 * 24 * 3600;

const CODE = { blocked: 'b', trusted: 't', removed: 'x' } as const;

interface DeviceMeta {
  v: 1;
  gen: string;
  chunks: number;
  /** Seconds since the epoch of this device's last write. */
  updatedAt: number;
}

interface DeviceData {
  records: PersonalRecords;
  updatedAt: number;
  /** The keys this device owns in storage.sync. */
  keys: string[];
  /** Quota used by those keys. */
  bytes: number;
  /** False while some of its chunks have not arrived yet (its records are then left out). */
  complete: boolean;
}

export const metaKey = (device: string) => `${SYNC_KEY_PREFIX}${device}`;
export const chunkKey = (device: string, index: number) => `${SYNC_KEY_PREFIX}${device}:${index}`;

/** What storage.sync charges for an item: the key plus its JSON value, in UTF-8 bytes. */
export function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

function encodeRecord(host: string, record: PersonalRecord): string {
  return `${host},${record.list === null ? CODE.removed : CODE[record.list]},${record.at.toString(36)}`;
}

function decodeRecord(text: string): [string, PersonalRecord] | null {
  const [rawHost, code, at] = text.split(',');
  const host = rawHost === undefined ? null : personalHost(rawHost);
  const seconds = at !== undefined && /^[0-9a-z]{1,10}$/.test(at) ? parseInt(at, 36) : NaN;
  if (host === null || host !== rawHost || !Number.isSafeInteger(seconds) || seconds < 0) return null;
  const list = code === CODE.blocked ? 'blocked' : code === CODE.trusted ? 'trusted' : code === CODE.removed ? null : undefined;
  return list === undefined ? null : [host, { list, at: seconds }];
}

/** The items that hold one device's records, each within the per-item quota. */
export function encodeDevice(device: string, records: PersonalRecords, gen: string, nowSeconds: number): Record<string, unknown> {
  const items: Record<string, unknown> = {};
  const entries = [...records].sort(([a], [b]) => (a < b ? -1 : 1)).map(([host, r]) => encodeRecord(host, r));
  let chunk: string[] = [];
  let chunkLength = 0;
  const flush = () => {
    items[chunkKey(device, Object.keys(items).length)] = `${gen}|${chunk.join(' ')}`;
    chunk = [];
    chunkLength = 0;
  };
  // JSON adds 2 quotes; hosts and codes need no escaping. 64 bytes of slack for the index digits.
  const room = QUOTA_BYTES_PER_ITEM - chunkKey(device, 0).length - gen.length - 64;
  for (const entry of entries) {
    if (chunkLength + entry.length + 1 > room) flush();
    chunk.push(entry);
    chunkLength += entry.length + 1;
  }
  if (chunk.length > 0) flush();
  const meta: DeviceMeta = { v: 1, gen, chunks: Object.keys(items).length, updatedAt: nowSeconds };
  items[metaKey(device)] = meta;
  return items;
}

function isMeta(value: unknown): value is DeviceMeta {
  const meta = value as DeviceMeta | null;
  return (
    typeof meta === 'object' && meta !== null && meta.v === 1 && typeof meta.gen === 'string' &&
    Number.isSafeInteger(meta.chunks) && meta.chunks >= 0 && meta.chunks <= MAX_ITEMS && typeof meta.updatedAt === 'number'
  );
}

/** Every device's records found in storage.sync items (other keys are ignored). */
export function decodeDevices(items: Record<string, unknown>): Map<string, DeviceData> {
  const devices = new Map<string, DeviceData>();
  const keysOf = new Map<string, string[]>();
  for (const key of Object.keys(items)) {
    if (!key.startsWith(SYNC_KEY_PREFIX)) continue;
    const device = key.slice(SYNC_KEY_PREFIX.length).split(':')[0]!;
    keysOf.set(device, [...(keysOf.get(device) ?? []), key]);
  }
  for (const [device, keys] of keysOf) {
    const bytes = keys.reduce((sum, key) => sum + itemBytes(key, items[key]), 0);
    const meta = items[metaKey(device)];
    const data: DeviceData = { records: new Map(), updatedAt: 0, keys, bytes, complete: false };
    devices.set(device, data);
    if (!isMeta(meta)) continue;
    data.updatedAt = meta.updatedAt;
    const chunks: string[] = [];
    for (let i = 0; i < meta.chunks; i++) {
      const chunk = items[chunkKey(device, i)];
      if (typeof chunk !== 'string' || !chunk.startsWith(`${meta.gen}|`)) break;
      chunks.push(chunk.slice(meta.gen.length + 1));
    }
    if (chunks.length !== meta.chunks) continue;
    data.complete = true;
    for (const text of chunks) {
      for (const entry of text.split(' ')) {
        const decoded = entry === '' ? null : decodeRecord(entry);
        if (decoded !== null) data.records.set(decoded[0], decoded[1]);
      }
    }
  }
  return devices;
}

/** The merged records of every complete device. */
export function mergedRecords(devices: Map<string, DeviceData>): PersonalRecords {
  return mergeRecords(...[...devices.values()].filter((d) => d.complete).map((d) => d.records));
}

export class PersonalListsFullError extends Error {
  override readonly name = 'PersonalListsFullError';
}

interface WritePlan {
  set: Record<string, unknown>;
  remove: string[];
  /** The records this device now owns (what `set` holds). */
  own: PersonalRecords;
}

/**
 * What to write so this device's records become `own`, given everything in storage.sync now.
 * Also takes over the records of devices not heard from in STALE_DEVICE_SECONDS, and keeps the
 * data small without ever undoing a change:
 *  - a record that another device's newer record supersedes is dropped (the newer one decides);
 *  - a removal record is kept only while another device still holds a record of that host
 *    (or some device's items are still arriving), since only such a record could bring it back.
 * Throws PersonalListsFullError when the result would not fit the sync quota.
 */
export function planWrite(device: string, own: PersonalRecords, items: Record<string, unknown>, gen: string, nowSeconds: number): WritePlan {
  const devices = decodeDevices(items);
  const remove: string[] = [];
  let records = own;
  let othersBytes = 0;
  let othersItems = 0;
  let someIncomplete = false;
  const others: PersonalRecords[] = [];
  for (const [id, data] of devices) {
    if (id === device) continue;
    if (data.complete && nowSeconds - data.updatedAt > STALE_DEVICE_SECONDS) {
      records = mergeRecords(records, data.records);
      remove.push(...data.keys);
      continue;
    }
    othersBytes += data.bytes;
    othersItems += data.keys.length;
    if (data.complete) others.push(data.records);
    else someIncomplete = true;
  }
  const newestOfOthers = mergeRecords(...others);
  records = new Map(
    [...records].filter(([host, record]) => {
      const other = newestOfOthers.get(host);
      if (other !== undefined && isNewer(other, record)) return false;
      return record.list !== null || other !== undefined || someIncomplete;
    }),
  );
  const set = encodeDevice(device, records, gen, nowSeconds);
  const ownBytes = Object.entries(set).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
  if (ownBytes + othersBytes > QUOTA_BYTES - RESERVED_BYTES || Object.keys(set).length + othersItems > MAX_ITEMS) {
    throw new PersonalListsFullError('The personal lists are full: remove some sites before adding more.');
  }
  for (const key of devices.get(device)?.keys ?? []) if (!(key in set)) remove.push(key);
  return { set, remove, own: records };
}
