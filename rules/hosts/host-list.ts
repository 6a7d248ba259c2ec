import { candidateDomains, isListableHost, normalizeHost } from './normalize.ts';

/**
 * The plain list format used by public/lists/bundled.txt: one hostname a line, "#" comments.
 * A comment line "# source: NAME" starts a section; its entries are credited to NAME, so a
 * warning can say which list named the site.
 */
export interface ListedHost {
  host: string;
  source: string;
}

interface ParsedHostList {
  entries: ListedHost[];
  skipped: number;
}

/** The start of a "# source: NAME" line (the name is taken with slice: see sectionSource). */
const SOURCE_LINE = /^#\s*source:/i;
const MAX_SOURCE_CHARS = 200;
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

/**
 * The NAME of a "# source: NAME" line (1-200 characters), or null. The same lines as
 * /^#\s*source:\s*(.{1,200})$/i, without its quadratic retries over a long run of spaces.
 */
function sectionSource(line: string): string | null {
  const head = SOURCE_LINE.exec(line);
  if (head === null) return null;
  const name = line.slice(head[0].length).trimStart();
  if (name.length === 0 || name.length > MAX_SOURCE_CHARS || LINE_TERMINATOR.test(name)) return null;
  return name.trim();
}

export function parseHostList(text: string, defaultSource: string): ParsedHostList {
  const entries: ListedHost[] = [];
  let skipped = 0;
  let source = defaultSource;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (line === '') continue;
    if (line.startsWith('#')) {
      const section = sectionSource(line);
      if (section !== null) source = section;
      continue;
    }
    const host = normalizeHost(line);
    if (host === null || !isListableHost(host)) skipped += 1;
    else entries.push({ host, source });
  }
  return { entries, skipped };
}

export interface HostMatch {
  /** The listed name that matched: the host itself or one of its parents. */
  matched: string;
  source: string;
}

/** Exact lookup of a host and its parents in a list. */
export class HostMatcher {
  private readonly sourceByHost = new Map<string, string>();

  constructor(entries: Iterable<ListedHost>) {
    for (const { host, source } of entries) {
      if (!this.sourceByHost.has(host)) this.sourceByHost.set(host, source);
    }
  }

  get size(): number {
    return this.sourceByHost.size;
  }

  hosts(): IterableIterator<string> {
    return this.sourceByHost.keys();
  }

  match(host: string): HostMatch | null {
    for (const candidate of candidateDomains(host)) {
      const source = this.sourceByHost.get(candidate);
      if (source !== undefined) return { matched: candidate, source };
    }
    return null;
  }
}
