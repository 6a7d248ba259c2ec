import { CompactHostSet, type LoadOptions } from '../feeds/compact-set.ts';
import { corrupt } from '../feeds/compact-set-format.ts';
import type { HostMatch, ListedHost } from './host-list.ts';

/**
 * The bundled list compiled for the worker: one CompactHostSet per source section of
 * public/lists/bundled.txt, so a hit still names the list that listed the site, in one binary
 * file the worker uses as it is read (no per-name parsing at wake; made at build time by
 * scripts/compiled-bundled-list.ts).
 *
 *   u32 magic "SSBL", u32 format version, u32 sections, u32 reserved,
 *   per section: u32 byte length of its UTF-8 source name, u32 byte length of its set,
 *   then each section's name (padded to 4 bytes) and set, in order.
 *
 * Sets are compiled with a fixed seed, so every build of the same list gives the same bytes.
 * The seed is public, so anyone could make up a name that collides with a bundled one: that only
 * gets their own made-up name blocked.
 */
const MAGIC = 0x4c425353; // the bytes "SSBL" (little-endian)
const VERSION = 1;
const HEADER_WORDS = 4;
const BUNDLED_SEED = 0x5eed_b1d1;

const pad4 = (n: number) => Math.ceil(n / 4) * 4;

/** Compiles hosts by source: a host listed by several sources counts for the first one. */
export function compileListedHosts(entries: readonly ListedHost[]): ArrayBuffer {
  const bySource = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const { host, source } of entries) {
    if (seen.has(host)) continue;
    seen.add(host);
    const hosts = bySource.get(source) ?? [];
    hosts.push(host);
    bySource.set(source, hosts);
  }
  const sections = [...bySource].map(([source, hosts]) => ({
    name: new TextEncoder().encode(source),
    set: new Uint8Array(CompactHostSet.fromHosts(hosts, { seed: BUNDLED_SEED }).toArrayBuffer()),
  }));
  const headerBytes = 4 * (HEADER_WORDS + 2 * sections.length);
  const total = sections.reduce((sum, s) => sum + pad4(s.name.length) + s.set.length, headerBytes);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  [MAGIC, VERSION, sections.length, 0].forEach((word, i) => view.setUint32(i * 4, word, true));
  let at = headerBytes;
  sections.forEach(({ name, set }, i) => {
    view.setUint32(4 * (HEADER_WORDS + 2 * i), name.length, true);
    view.setUint32(4 * (HEADER_WORDS + 2 * i + 1), set.length, true);
    out.set(name, at);
    at += pad4(name.length);
    out.set(set, at);
    at += set.length;
  });
  return out.buffer;
}

interface Section {
  source: string;
  set: CompactHostSet;
}

/** The compiled bundled list, answering like HostMatcher: the most specific listed name and its source. */
export class CompiledHostList {
  private constructor(private readonly sections: readonly Section[]) {}

  /** Reads the file; throws FeedError 'corrupt-set' when it is damaged or of another format (checksums: `options`). */
  static fromArrayBuffer(buffer: ArrayBuffer, options: LoadOptions = {}): CompiledHostList {
    if (buffer.byteLength < 4 * HEADER_WORDS) corrupt('it is shorter than its header');
    const view = new DataView(buffer);
    const word = (i: number) => view.getUint32(i * 4, true);
    if (word(0) !== MAGIC || word(1) !== VERSION || word(3) !== 0) corrupt('it is not a compiled list of this version');
    const count = word(2);
    let at = 4 * (HEADER_WORDS + 2 * count);
    const sections: Section[] = [];
    for (let i = 0; i < count; i++) {
      const nameBytes = word(HEADER_WORDS + 2 * i);
      const setBytes = word(HEADER_WORDS + 2 * i + 1);
      if (at + pad4(nameBytes) + setBytes > buffer.byteLength) corrupt('a section runs past its end');
      const source = new TextDecoder().decode(new Uint8Array(buffer, at, nameBytes));
      at += pad4(nameBytes);
      sections.push({ source, set: CompactHostSet.fromArrayBuffer(buffer.slice(at, at + setBytes), options) });
      at += setBytes;
    }
    if (at !== buffer.byteLength) corrupt('its length does not match its sections');
    return new CompiledHostList(sections);
  }

  /** Whether every section matches its checksum (for a list read without checking them). */
  checksumsMatch(): boolean {
    return this.sections.every(({ set }) => set.checksumMatches());
  }

  /** Distinct listed names. */
  get size(): number {
    return this.sections.reduce((sum, section) => sum + section.set.size, 0);
  }

  match(host: string): HostMatch | null {
    let best: HostMatch | null = null;
    for (const { source, set } of this.sections) {
      const matched = set.lookup(host);
      if (matched !== null && (best === null || matched.length > best.matched.length)) best = { matched, source };
    }
    return best;
  }
}
