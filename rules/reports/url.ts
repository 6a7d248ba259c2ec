/**
 * The address put in a report. Besides the site, an address often names the victim: a query or fragment
 * (an e-mail, a session, a referral code), and path segments such as /account/john.doe/, /client/58213/ or
 * /verify/9f2c4e1b7a3d5f60/. So, unless the user keeps the full address, the report keeps the origin and the
 * path only up to the first segment that looks personal; query and fragment are dropped. Cutting there (rather
 * than leaving out single segments) keeps the result an address the site really has. User names and passwords
 * in the address are always removed.
 */
export function reportableUrl(url: string, keepFullAddress: boolean): string {
  const parsed = new URL(url);
  parsed.username = '';
  parsed.password = '';
  if (keepFullAddress) return parsed.href;
  return `${parsed.origin}${impersonalPath(parsed.pathname)}`;
}

/** True when the cleaned address differs from the full one (the form offers the choice only then). */
export function cleaningShortens(url: string): boolean {
  return reportableUrl(url, false) !== reportableUrl(url, true);
}

/** Path segments after which the next segment names a person or their account. */
const OWNER_SEGMENTS: ReadonlySet<string> = new Set([
  'account', 'accounts', 'user', 'users', 'u', 'profile', 'profiles', 'member', 'members', 'customer', 'customers',
  'client', 'clients', 'id', 'me', 'people', 'person', 'wallet', 'wallets', 'invite', 'ref', 'referral',
]);

function impersonalPath(pathname: string): string {
  const segments = pathname.split('/').slice(1);
  const kept: string[] = [];
  for (const [index, segment] of segments.entries()) {
    const previous = index > 0 ? decodeSafely(segments[index - 1]!).toLowerCase() : '';
    if (looksPersonal(decodeSafely(segment)) || (segment !== '' && OWNER_SEGMENTS.has(previous))) {
      return `/${kept.map((part) => `${part}/`).join('')}`;
    }
    kept.push(segment);
  }
  return `/${kept.join('/')}`;
}

/** Word parts of a segment: "client-58213.html" has "client", "58213" and "html". */
const WORD_SEPARATORS = /[-_.~+,;:=!$&'()* ]/;

/**
 * An e-mail or handle (@), a number long enough to be an account, client or phone number, a segment mostly
 * made of digits, or a long run of letters and digits that reads like a token or key.
 */
function looksPersonal(segment: string): boolean {
  if (segment.includes('@')) return true;
  const digits = segment.replace(/\D/g, '').length;
  if (digits >= 3 && digits * 2 >= segment.length) return true;
  return segment.split(WORD_SEPARATORS).some((word) => /\d{5}/.test(word) || (word.length >= 12 && /\d/.test(word)) || word.length >= 24);
}

function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
