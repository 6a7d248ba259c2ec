import * as z from 'zod/mini';
import { decodeBase64 } from '../feeds/base64.ts';
import { SettingsFieldsSchema, type SettingsPatch } from '../settings.ts';
import { GuardianSchema, type Guardian } from './guardian.ts';

/**
 * What an administrator can preconfigure through the "managed" storage area (Chromium: the
 * "3rdparty" extension policy checked against public/managed-schema.json; Firefox: the
 * enterprise policy "3rdparty" → "Extensions" → our id). Administrators make mistakes and
 * schemas drift, so each part is read on its own: one bad value costs only itself.
 *
 *   settings        values applied over the user's settings
 *   lockedSettings  names of settings the user cannot change (locked at the managed value, or at
 *                   the current value when none is given)
 *   feeds           extra blocklist feeds to subscribe to (read by the feeds code)
 *   guardianName/guardianPhone  the contact shown on warnings when no guardian was set in family mode
 */
export type SettingName = keyof typeof SettingsFieldsSchema.shape;

export const ManagedFeedSchema = z.object({
  url: z.string().check(z.maxLength(2048), z.refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', 'must be an https URL')),
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  /**
   * The feed's signing key (raw 32-byte Ed25519 public key, base64, as `npm run feed:sign -- keygen`
   * prints it): the feed's lists must then be signed with it, and nothing else is accepted.
   */
  publicKey: z.optional(z.string().check(z.maxLength(100), z.refine((value) => decodeBase64(value)?.length === 32, 'must be a base64 Ed25519 public key'))),
});
export type ManagedFeed = z.infer<typeof ManagedFeedSchema>;

export interface ManagedPolicy {
  settings: SettingsPatch;
  locked: SettingName[];
  feeds: ManagedFeed[];
  guardian: Guardian | null;
  /** What was ignored, in plain words, for the log. */
  problems: string[];
}

export const EMPTY_POLICY: ManagedPolicy = Object.freeze({ settings: {}, locked: [], feeds: [], guardian: null, problems: [] });

const isSettingName = (name: string): name is SettingName => Object.hasOwn(SettingsFieldsSchema.shape, name);

export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  if (raw === undefined || raw === null) return { ...EMPTY_POLICY, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { ...EMPTY_POLICY, problems: ['The managed policy is not an object.'] };
  const record = raw as Record<string, unknown>;
  const problems: string[] = [];

  const settings: Record<string, unknown> = {};
  const rawSettings = record.settings;
  if (rawSettings !== undefined) {
    if (typeof rawSettings !== 'object' || rawSettings === null || Array.isArray(rawSettings)) problems.push('"settings" is not an object.');
    else
      for (const [name, value] of Object.entries(rawSettings)) {
        if (!isSettingName(name)) problems.push(`Unknown setting "${name}".`);
        else if (value === undefined) continue;
        else {
          const parsed = SettingsFieldsSchema.shape[name].safeParse(value);
          if (parsed.success) settings[name] = parsed.data;
          else problems.push(`The value of setting "${name}" is not valid.`);
        }
      }
  }

  const locked: SettingName[] = [];
  if (record.lockedSettings !== undefined) {
    if (!Array.isArray(record.lockedSettings)) problems.push('"lockedSettings" is not a list.');
    else
      for (const name of record.lockedSettings) {
        if (typeof name === 'string' && isSettingName(name)) {
          if (!locked.includes(name)) locked.push(name);
        } else problems.push(`Cannot lock unknown setting "${String(name)}".`);
      }
  }

  const feeds: ManagedFeed[] = [];
  if (record.feeds !== undefined) {
    if (!Array.isArray(record.feeds)) problems.push('"feeds" is not a list.');
    else
      for (const feed of record.feeds.slice(0, 50)) {
        const parsed = ManagedFeedSchema.safeParse(feed);
        if (parsed.success) feeds.push(parsed.data);
        else problems.push('A feed entry is not valid (it needs an https "url", and a "publicKey" must be a base64 Ed25519 public key).');
      }
  }

  let guardian: Guardian | null = null;
  if (record.guardianName !== undefined || record.guardianPhone !== undefined) {
    const parsed = GuardianSchema.safeParse({ name: record.guardianName, phone: record.guardianPhone });
    if (parsed.success) guardian = parsed.data;
    else problems.push('The guardian name or phone number is not valid.');
  }

  return { settings: settings as SettingsPatch, locked, feeds, guardian, problems };
}

/** The settings names a patch would change that the administrator locked. */
export function lockedFieldsIn(patch: SettingsPatch, locked: readonly SettingName[]): SettingName[] {
  return Object.keys(patch).filter((name): name is SettingName => isSettingName(name) && locked.includes(name));
}

/**
 * The patch that makes current settings obey the policy: managed values for every locked
 * setting, and every other managed value once (when the policy first sets or changes it, so the
 * user can later change an unlocked one). `previous` is the policy last applied.
 */
export function policyPatch(current: Record<string, unknown>, policy: ManagedPolicy, previous: ManagedPolicy | null): SettingsPatch {
  const patch: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(policy.settings)) {
    const changedByPolicy = !previous || (previous.settings as Record<string, unknown>)[name] !== value;
    const lockedName = policy.locked.includes(name as SettingName);
    if ((lockedName || changedByPolicy) && current[name] !== value) patch[name] = value;
  }
  return patch as SettingsPatch;
}
