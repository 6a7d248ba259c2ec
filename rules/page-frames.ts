/**
 * Which frames of a tab the page check reads: the page itself (an http(s) address, or a blob: document the page
 * opened), and frames that show the same site's content (srcdoc, about:blank and data: frames, whose content the
 * frame around them put there, blob: and same-origin frames). Frames of other sites (adverts, embedded players)
 * are theirs, not the page's. The content script checks again from inside the frame, where srcdoc and about:blank
 * frames show their real origin, and a frame of no origin (sandboxed, data:) the origins around it (isPageOwnOpaqueFrame).
 */
export function isPageFrame(url: string, topUrl: string | null): boolean {
  if (topUrl === null) return webOrigin(url) !== null;
  if (NO_ADDRESS_OF_ITS_OWN.test(url)) return true;
  const origin = webOrigin(url);
  return origin !== null && origin === webOrigin(topUrl);
}

/** A frame whose content is what the frame around it put there: srcdoc, about:blank, a data: address. */
const NO_ADDRESS_OF_ITS_OWN = /^(?:about:(?:blank|srcdoc)(?:[?#]|$)|data:)/i;

/**
 * Whether a frame of no origin of its own ("null": a sandboxed srcdoc or about:blank frame, a data: frame) is the
 * page's: its content is what the frame around it put there, and every frame around it, up to the top, is of the
 * top's web origin (`ancestorOrigins`: location.ancestorOrigins, nearest first). One inside another site's frame,
 * or inside another frame of no origin (which can be another site's, sandboxed), is not.
 */
export function isPageOwnOpaqueFrame(origin: string, url: string, ancestorOrigins: readonly string[]): boolean {
  const top = ancestorOrigins.at(-1);
  return origin === 'null' && NO_ADDRESS_OF_ITS_OWN.test(url) && top !== undefined && /^https?:\/\//i.test(top) && ancestorOrigins.every((ancestor) => ancestor === top);
}

/** The http(s) origin of an address, also through blob: (whose origin is the page that made it); null for others. */
function webOrigin(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'blob:') return null;
  return /^https?:/.test(parsed.origin) ? parsed.origin : null;
}

/**
 * At most this many frames of a page are looked into (read, or watched for changes) at a time, so that a page of
 * thousands of frames costs no more.
 */
export const MAX_FRAMES_READ = 50;

/**
 * The document inside a frame element when the page itself can reach it: a frame of the same origin, such as an
 * about:blank, srcdoc or javascript: frame the page writes into by script. Such a frame can have no script of
 * our own (Chromium reports a javascript: frame to no extension), so the frame around it reads it too. Null for
 * other sites' frames, which the browser keeps closed.
 */
export function frameDocument(iframe: Element): Document | null {
  try {
    return (iframe as Element & { contentDocument?: Document | null }).contentDocument ?? null;
  } catch {
    return null;
  }
}
