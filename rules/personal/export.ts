import * as z from 'zod/mini';
import { personalHost, type PersonalLists } from './records.ts';

/**
 * The personal lists as a file the user can keep or move to another browser:
 * {"format":"scam-sentinel-personal-lists","version":1,"exportedAt":"…","blocked":[…],"trusted":[…]}
 */
const PERSONAL_EXPORT_FORMAT = 'scam-sentinel-personal-lists';
/** More than storage.sync could ever hold; a bigger file is not one of ours. */
const MAX_IMPORT_ENTRIES = 20_000;

export function exportPersonalLists(lists: PersonalLists, now: Date): string {
  return `${JSON.stringify(
    { format: PERSONAL_EXPORT_FORMAT, version: 1, exportedAt: now.toISOString(), blocked: lists.blocked, trusted: lists.trusted },
    null,
    2,
  )}\n`;
}

const ImportSchema = z.object({
  format: z.literal(PERSONAL_EXPORT_FORMAT),
  version: z.literal(1),
  blocked: z._default(z.array(z.unknown()).check(z.maxLength(MAX_IMPORT_ENTRIES)), []),
  trusted: z._default(z.array(z.unknown()).check(z.maxLength(MAX_IMPORT_ENTRIES)), []),
});

interface ParsedImport {
  lists: PersonalLists;
  /** Entries that were not a usable site name. */
  skipped: number;
}

export class PersonalImportError extends Error {
  override readonly name = 'PersonalImportError';
}

/**
 * Reads an exported file. A site on both lists ends up blocked (the safe choice).
 * Throws PersonalImportError (plain words) when the file is not an export of these lists.
 */
export function parsePersonalImport(text: string): ParsedImport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new PersonalImportError('This file is not a saved copy of your lists (it is not JSON).');
  }
  const parsed = ImportSchema.safeParse(value);
  if (!parsed.success) throw new PersonalImportError('This file is not a saved copy of your Scam Sentinel lists.');
  let skipped = 0;
  const clean = (entries: unknown[]): Set<string> => {
    const hosts = new Set<string>();
    for (const entry of entries) {
      const host = typeof entry === 'string' ? personalHost(entry) : null;
      if (host === null) skipped += 1;
      else hosts.add(host);
    }
    return hosts;
  };
  const blocked = clean(parsed.data.blocked);
  const trusted = [...clean(parsed.data.trusted)].filter((host) => !blocked.has(host));
  return { lists: { blocked: [...blocked].sort(), trusted: trusted.sort() }, skipped };
}
