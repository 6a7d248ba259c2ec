import { browser } from 'wxt/browser';
import * as z from 'zod/mini';

/**
 * The email address for Netcraft, kept only when the user ticked "remember my email".
 * Separate from the settings: it is personal data, never exported and never synced.
 */
const KEY = 'reportPreferences';
const PreferencesSchema = z.object({ email: z.nullable(z.email().check(z.maxLength(254))) });
export type ReportPreferences = z.infer<typeof PreferencesSchema>;

export async function readReportPreferences(): Promise<ReportPreferences> {
  const parsed = PreferencesSchema.safeParse((await browser.storage.local.get(KEY))[KEY]);
  return parsed.success ? parsed.data : { email: null };
}

export async function rememberEmail(email: string | null): Promise<void> {
  if (email === null) await browser.storage.local.remove(KEY);
  else await browser.storage.local.set({ [KEY]: PreferencesSchema.parse({ email }) });
}
