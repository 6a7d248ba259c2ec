/**
 * Which addresses a feed may be downloaded from: https only, so nobody on the network can swap
 * the list; plain http only on this computer (127.0.0.1, localhost, [::1]), for people who serve
 * their own list locally (and for tests). No credentials in the address.
 */
type FeedUrlCheck = { ok: true; url: string } | { ok: false; reason: 'not-a-url' | 'not-https' | 'credentials' };

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const MAX_URL_LENGTH = 2048;

export function checkFeedUrl(input: string): FeedUrlCheck {
  const text = input.trim();
  if (text.length > MAX_URL_LENGTH || !URL.canParse(text)) return { ok: false, reason: 'not-a-url' };
  const url = new URL(text);
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'credentials' };
  if (url.protocol === 'https:') return { ok: true, url: url.href };
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return { ok: true, url: url.href };
  return { ok: false, reason: url.protocol === 'http:' ? 'not-https' : 'not-a-url' };
}

/** A short name for a feed the user added: its host and file name. */
export function feedNameFromUrl(url: string): string {
  const parsed = new URL(url);
  const file = parsed.pathname.split('/').filter(Boolean).pop();
  return file ? `${parsed.host} (${decodeURIComponentSafe(file)})` : parsed.host;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value).slice(0, 80);
  } catch {
    return value.slice(0, 80);
  }
}

/**
 * Whether a download that was redirected from `requested` to `final` may be used: the final
 * address must be https, like any feed address; plain http is accepted only when the feed
 * itself was plain http on this computer and the redirect stays on this computer. So an https
 * feed can never be moved to an address anyone on the network could answer for.
 */
export function redirectStaysSecure(requested: string, final: string): boolean {
  if (!URL.canParse(final) || !URL.canParse(requested)) return false;
  const to = new URL(final);
  if (to.protocol === 'https:') return true;
  const from = new URL(requested);
  return to.protocol === 'http:' && from.protocol === 'http:' && LOOPBACK.has(from.hostname) && LOOPBACK.has(to.hostname);
}
