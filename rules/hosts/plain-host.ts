/**
 * The fast path of host normalisation: most names (in lists, in pages' addresses) are already
 * plain ASCII host names, which the URL parser would only lower-case. Recognising them costs one
 * pass over their characters; tests/unit/hosts/normalize.test.ts checks that they get exactly
 * what the URL parser gives them.
 */
const MAX_HOST_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;
const DOT = 46;
const HYPHEN = 45;

const NOT_PLAIN = 0;
const PLAIN = 1;
const PLAIN_WITH_UPPER = 2;

/**
 * `label(.label)+` with an optional trailing dot, made only of [a-zA-Z0-9_-], as the normal host
 * (lower-case, without the dot); undefined when the name needs the URL parser.
 */
export function plainHost(name: string): string | undefined {
  const end = name.length > 0 && name.charCodeAt(name.length - 1) === DOT ? name.length - 1 : name.length;
  const shape = plainHostShape(name, 0, end);
  if (shape === NOT_PLAIN) return undefined;
  const host = end === name.length ? name : name.slice(0, end);
  return shape === PLAIN_WITH_UPPER ? host.toLowerCase() : host;
}

const SLASH = 47;
const QUESTION_MARK = 63;
const HASH = 35;
const endsHost = (code: number) => code === SLASH || code === QUESTION_MARK || code === HASH;

/**
 * The host of an "http://" or "https://" address (a page's own address, checked once a page) when it is a plain host
 * name (as plainHost) ended by the address's end, "/", "?" or "#": what the URL parser gives, without the parser
 * (about 1 % of the engine's time a page). Undefined for anything else (an upper-case scheme, credentials, a port, a
 * backslash, percent-escapes, Unicode): the URL parser reads those.
 */
export function plainUrlHost(url: string): string | undefined {
  const start = url.startsWith('https://') ? 8 : url.startsWith('http://') ? 7 : 0;
  if (start === 0) return undefined;
  let end = start;
  while (end < url.length && !endsHost(url.charCodeAt(end))) end++;
  return plainHost(url.slice(start, end));
}

/**
 * The feed parsers' fast path (one call per line of a 1M-line list): true when text[start, end)
 * is a plain lower-case host name, the normal host as it is. No string is made for the check.
 */
export function isPlainLowerHost(text: string, start: number, end: number): boolean {
  return plainHostShape(text, start, end) === PLAIN;
}

/**
 * Whether text[start, end) is a host name the URL parser would return unchanged (once lower-cased):
 * two labels or more of [a-zA-Z0-9_-], each 1-63 long and neither starting nor ending with a
 * hyphen, 253 characters at most, a last label starting with a letter (a numeric one is read as
 * an IPv4 address) and no punycode label (`xn--`, which the URL parser validates). Anything else
 * is NOT_PLAIN and goes to the URL parser.
 */
function plainHostShape(text: string, start: number, end: number): number {
  if (end - start > MAX_HOST_LENGTH || end <= start) return NOT_PLAIN;
  let labelStart = start;
  let labels = 0;
  let upper = false;
  for (let i = start; i <= end; i++) {
    const c = i === end ? DOT : text.charCodeAt(i);
    if (c === DOT) {
      const length = i - labelStart;
      if (length === 0 || length > MAX_LABEL_LENGTH) return NOT_PLAIN;
      if (text.charCodeAt(labelStart) === HYPHEN || text.charCodeAt(i - 1) === HYPHEN) return NOT_PLAIN;
      if (length >= 4 && isPunycodePrefix(text, labelStart)) return NOT_PLAIN;
      labels += 1;
      labelStart = i + 1;
    } else if (c >= 65 && c <= 90) {
      upper = true;
    } else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === HYPHEN || c === 95)) {
      return NOT_PLAIN;
    }
  }
  if (labels < 2) return NOT_PLAIN;
  const tldFirst = text.charCodeAt(text.lastIndexOf('.', end - 1) + 1) | 0x20;
  if (tldFirst < 97 || tldFirst > 122) return NOT_PLAIN;
  return upper ? PLAIN_WITH_UPPER : PLAIN;
}

/** "xn--" in any case at `at`. */
function isPunycodePrefix(text: string, at: number): boolean {
  return (text.charCodeAt(at) | 0x20) === 120 && (text.charCodeAt(at + 1) | 0x20) === 110 && text.charCodeAt(at + 2) === HYPHEN && text.charCodeAt(at + 3) === HYPHEN;
}
