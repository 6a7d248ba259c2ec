/**
 * The address put in a report. Query strings and fragments often carry the victim's own data
 * (an email, a session, a referral code naming them), so they are removed unless the user keeps
 * them. User names and passwords in the address are always removed.
 */
export function reportableUrl(url: string, keepQueryAndFragment: boolean): string {
  const parsed = new URL(url);
  parsed.username = '';
  parsed.password = '';
  if (!keepQueryAndFragment) {
    parsed.search = '';
    parsed.hash = '';
  }
  return parsed.href;
}

/** True when removing the query and fragment would change the address (the form only offers the choice then). */
export function hasQueryOrFragment(url: string): boolean {
  const parsed = new URL(url);
  return parsed.search !== '' || parsed.hash !== '';
}
