import { isPlainLowerHost } from '../../hosts/plain-host.ts';
import type { EntrySink } from '../entry-sink.ts';

/**
 * Network filter options that still mean "block the whole site". A rule with any other
 * option ($third-party, $script, $domain=...) only blocks some requests, so it is skipped.
 */
const WHOLE_SITE_OPTIONS = new Set(['document', 'doc', 'all', 'important', 'popup', 'match-case']);

const HOST_RULE = /^(@@)?\|\|([^/^$|*]+)\^?\|?(?:\$(.*))?$/;

/**
 * One uBlock / AdBlock Plus / AdGuard line. `||host^` blocks, `@@||host^` allows.
 * Comments (`!`), the `[Adblock Plus 2.0]` header and cosmetic rules (`##`, `#@#`, `#?#`...)
 * are ignored; plain hostnames (AdGuard DNS style) are accepted; other rules are skipped.
 */
export function parseAdblockLine(line: string, sink: EntrySink): void {
  const rule = line.trim();
  if (rule === '' || rule.startsWith('!') || rule.startsWith('[')) return;
  if (/^[^\s]*#[@?$%]?#/.test(rule) || rule.startsWith('# ')) return;
  const match = HOST_RULE.exec(rule);
  if (match === null) {
    // AdGuard DNS lists may hold bare hostnames; anything else (paths, regexes) is not a host.
    if (/^[a-z0-9*][^\s|^$/]*$/i.test(rule)) sink.add(rule);
    else sink.skip(rule);
    return;
  }
  const [, exception, host, options] = match;
  if (options !== undefined && !options.split(',').every((o) => WHOLE_SITE_OPTIONS.has(o.trim().toLowerCase()))) {
    sink.skip(rule);
    return;
  }
  sink.add(host!, exception === undefined ? sink.role : 'allow');
}

const PIPE = 124;
const CARET = 94;

/**
 * parseAdblockLine for text[start, stop) when the line is `||name^` with a plain lower-case name
 * (most lines of a big list), without making strings for the parts. False for any other line.
 */
export function parseAdblockSpan(text: string, start: number, stop: number, sink: EntrySink): boolean {
  if (text.charCodeAt(start) !== PIPE || text.charCodeAt(start + 1) !== PIPE || text.charCodeAt(stop - 1) !== CARET) return false;
  if (!isPlainLowerHost(text, start + 2, stop - 1)) return false;
  sink.addPlain(text.slice(start + 2, stop - 1));
  return true;
}

/** True for lines only an adblock list would have; used by format detection. */
export function isAdblockLine(line: string): boolean {
  return /^(@@)?\|\|/.test(line) || /^\[(adblock|ublock|adguard)/i.test(line) || line.startsWith('!');
}
