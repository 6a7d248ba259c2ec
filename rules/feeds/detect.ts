import { FeedError } from './errors.ts';
import { toListEntry } from './host-entry.ts';
import { forEachLine, stripHashComment } from './lines.ts';
import { isAdblockLine } from './parsers/adblock.ts';
import { isHostsFileLine } from './parsers/hosts-file.ts';
import { isYamlUrlLine } from './parsers/yaml-urls.ts';
import type { FeedFormat } from './types.ts';

/** How much of the start (and, for JSON objects, the end) of a body detection looks at. */
export const DETECT_WINDOW = 64 * 1024;
const SAMPLE_LINES = 200;

/**
 * Picks the list format of a feed body from its content (never from its URL or Content-Type,
 * which list hosts often get wrong). Throws FeedError 'empty', 'html' or 'unrecognised' when
 * the body is not a list at all. Looks at a bounded window, so it costs the same for any size.
 */
export function detectFormat(text: string): FeedFormat {
  const start = text.search(/[^\s\uFEFF]/);
  if (start === -1) throw new FeedError('empty', 'The list is empty.');
  const head = text.slice(start, start + DETECT_WINDOW);
  if (looksLikeHtml(head)) {
    throw new FeedError('html', 'The address returned a web page instead of a list (maybe an error or login page).');
  }
  if (head.startsWith('{')) return detectJsonObject(head, text.slice(-DETECT_WINDOW));
  if (head.startsWith('[') && !/^\[\s*(adblock|ublock|adguard)/i.test(head)) return 'json-array';
  return detectLineFormat(head, text.length > start + DETECT_WINDOW);
}

function looksLikeHtml(head: string): boolean {
  return head.startsWith('<') || /<(?:!doctype|html|head|body)\b/i.test(head.slice(0, 1024));
}

function detectJsonObject(head: string, tail: string): FeedFormat {
  const firstLineEnd = head.indexOf('\n');
  if (firstLineEnd !== -1 && /^\s*\{/.test(head.slice(firstLineEnd + 1)) && parsesAsJson(head.slice(0, firstLineEnd))) {
    return 'jsonl';
  }
  // Keys may come in any order, so a 1M-entry feed may have its identifying key near the end.
  const ends = `${head}\n${tail}`;
  if (/"format"\s*:\s*"scam-sentinel-feed"/.test(ends)) return 'scam-sentinel-feed';
  if (/"(?:blacklist|whitelist|blocklist|allowlist|fuzzylist)"\s*:/.test(ends)) return 'metamask';
  if (/"(?:deny|denySub)"\s*:/.test(ends)) return 'polkadot';
  throw new FeedError('unrecognised', 'The list is a JSON object of an unknown kind.');
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

interface LineCounts {
  lines: number;
  hostsFile: number;
  adblock: number;
  hostnames: number;
  yamlUrl: number;
  yamlName: number;
}

function detectLineFormat(head: string, truncated: boolean): FeedFormat {
  const counts = countLineKinds(head, truncated);
  // CryptoScamDB entries are `- name:` items with a url field among several others.
  if (counts.yamlName > 0 && counts.yamlUrl * 2 >= counts.yamlName) return 'cryptoscamdb-yaml';
  if (counts.yamlUrl > 0 && counts.yamlUrl * 2 >= counts.lines) return 'phantom-yaml';
  if (counts.adblock > 0 && counts.adblock * 2 >= counts.lines) return 'adblock';
  if (counts.hostsFile > 0 && counts.hostsFile * 2 >= counts.lines) return 'hosts-file';
  if (counts.hostnames > 0 && counts.hostnames * 2 >= counts.lines) return 'hostnames';
  throw new FeedError('unrecognised', 'The address did not return a list of sites in a known format.');
}

function countLineKinds(head: string, truncated: boolean): LineCounts {
  const counts: LineCounts = { lines: 0, hostsFile: 0, adblock: 0, hostnames: 0, yamlUrl: 0, yamlName: 0 };
  // The last line of a cut-off window may be partial: leave it out.
  const body = truncated ? head.slice(0, Math.max(0, head.lastIndexOf('\n'))) : head;
  forEachLine(body, (raw) => {
    if (counts.lines >= SAMPLE_LINES) return;
    const line = raw.trim();
    if (line === '' || line === '---' || (line.startsWith('#') && !line.startsWith('##'))) return;
    counts.lines += 1;
    if (isYamlUrlLine(line)) counts.yamlUrl += 1;
    else if (/^-\s+name:/.test(line)) counts.yamlName += 1;
    if (isAdblockLine(line) || /^[^\s]*#[@?$]?#/.test(line)) counts.adblock += 1;
    if (isHostsFileLine(line)) counts.hostsFile += 1;
    if (toListEntry(stripHashComment(line)) !== null) counts.hostnames += 1;
  });
  return counts;
}
