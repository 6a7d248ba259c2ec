import * as z from 'zod/mini';
import { UI_LANGS } from './packs/schema.ts';
import { OrganisationEndpointSettingSchema } from './reports/endpoint.ts';

/**
 * User settings, stored in the extension's local storage area under SETTINGS_KEY.
 * Stored data is never trusted: it may be corrupt, from an older version (migrated), or from a
 * newer version of the extension (downgrade). Whatever it is, loading yields valid settings and
 * says what it had to repair, so the options page can tell the user.
 */
export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 3;

const LanguageSettingSchema = z.enum(['auto', ...UI_LANGS]);

/** The fields a user can change, each with its default. */
export const SettingsFieldsSchema = z.object({
  /** Block sites on the bundled list and subscribed feeds with the full-page warning. */
  blocklistEnabled: z._default(z.boolean(), true),
  /** Check pages for scam signs and show the in-page banner. */
  heuristicsEnabled: z._default(z.boolean(), true),
  /** UI language; "auto" follows the browser. */
  language: z._default(LanguageSettingSchema, 'auto'),
  /** Bigger text on every extension page (family mode, for poor eyesight). */
  largeText: z._default(z.boolean(), false),
  /** A popup with only the verdict and the actions, no details (family mode). */
  simplePopup: z._default(z.boolean(), false),
  /** Reports: an organisation that receives them when the user presses Send (https; '' = none). */
  reportOrgEndpoint: z._default(OrganisationEndpointSettingSchema, ''),
  /** Its name, shown on the Send button so the user knows who gets the report. */
  reportOrgName: z._default(z.string().check(z.maxLength(100)), ''),
});

export const SettingsSchema = z.extend(SettingsFieldsSchema, { version: z.literal(SETTINGS_VERSION) });
export type Settings = z.infer<typeof SettingsSchema>;

export const SettingsPatchSchema = z.strictObject(z.partial(SettingsFieldsSchema).shape);
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = Object.freeze({ ...SettingsFieldsSchema.parse({}), version: SETTINGS_VERSION });

type StoredObject = Record<string, unknown>;

/**
 * Migrations from version N to N+1, indexed by N. Version 0 is anything stored without a
 * version number (a hand-edited or pre-release record): its fields are kept where they are valid.
 * Add a migration here whenever a field is renamed or its meaning changes, and a test beside it.
 */
export const MIGRATIONS: Record<number, (old: StoredObject) => StoredObject> = {
  0: (old) => ({ ...old, version: 1 }),
  // Version 2 added the display choices; people who set up version 1 start with the usual look.
  1: (old) => ({ ...old, largeText: false, simplePopup: false, version: 2 }),
  // Version 3 added the organisation that can receive reports; nobody had one before.
  2: (old) => ({ ...old, reportOrgEndpoint: '', reportOrgName: '', version: 3 }),
};

interface LoadedSettings {
  settings: Settings;
  /** What had to be repaired, in plain words for logs and the options page; empty when all was fine. */
  problems: string[];
  /** True when what is stored should be rewritten (it was repaired or migrated). */
  needsWrite: boolean;
}

export function loadSettings(stored: unknown, migrations = MIGRATIONS, currentVersion = SETTINGS_VERSION): LoadedSettings {
  if (stored === undefined || stored === null) return { settings: { ...DEFAULT_SETTINGS }, problems: [], needsWrite: true };
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return { settings: { ...DEFAULT_SETTINGS }, problems: ['The saved settings were unreadable and were reset.'], needsWrite: true };
  }
  const problems: string[] = [];
  let record = { ...(stored as StoredObject) };
  let version = typeof record.version === 'number' && Number.isInteger(record.version) ? record.version : 0;
  if (version > currentVersion) {
    problems.push(`The saved settings come from a newer version (${version}); unknown parts were ignored.`);
    version = currentVersion;
    record.version = currentVersion;
  }
  let migrated = false;
  while (version < currentVersion) {
    const migrate = migrations[version];
    if (!migrate) {
      problems.push(`No way to update settings from version ${version}; they were reset.`);
      return { settings: { ...DEFAULT_SETTINGS }, problems, needsWrite: true };
    }
    record = migrate(record);
    version += 1;
    migrated = true;
  }
  // Field by field, so one corrupt value does not cost the user their other choices.
  const settings: Record<string, unknown> = { version: currentVersion };
  for (const [field, schema] of Object.entries(SettingsFieldsSchema.shape)) {
    const parsed = schema.safeParse(record[field]);
    if (parsed.success) settings[field] = parsed.data;
    else {
      settings[field] = (DEFAULT_SETTINGS as Record<string, unknown>)[field];
      problems.push(`The saved value of "${field}" was not valid and was reset.`);
    }
  }
  for (const key of Object.keys(record)) {
    if (key !== 'version' && !(key in SettingsFieldsSchema.shape)) problems.push(`An unknown saved setting "${key}" was removed.`);
  }
  return { settings: settings as Settings, problems, needsWrite: migrated || problems.length > 0 };
}

export function applyPatch(settings: Settings, patch: SettingsPatch): Settings {
  return SettingsSchema.parse({ ...settings, ...patch });
}
