import { FeedError } from './errors.ts';
import { plainListEntry, toListEntry } from './host-entry.ts';
import { DEFAULT_MAX_ENTRIES, type EntryRole, type FeedFormat, type ParsedFeed } from './types.ts';

const MAX_SAMPLES = 10;
const MAX_SAMPLE_CHARS = 120;

/**
 * Collects the entries a parser finds: validates each one, files it under block or allow,
 * counts and samples the skipped ones, and enforces the entry cap. Every parser writes here,
 * so they all apply the same rules.
 */
export class EntrySink {
  readonly block: string[] = [];
  readonly allow: string[] = [];
  skipped = 0;
  readonly skippedSamples: string[] = [];

  constructor(
    /** Where `add` files entries when the format has a single list. */
    readonly role: EntryRole = 'block',
    private readonly maxEntries: number = DEFAULT_MAX_ENTRIES,
  ) {}

  /** Adds one raw entry (host, URL, wildcard...) to the given list, or skips it. */
  add(raw: string, role: EntryRole = this.role): void {
    this.file(toListEntry(raw), raw, role);
  }

  /** The same for a name that passed isPlainLowerHost (the parsers' fast path), which toListEntry would keep as it is. */
  addPlain(host: string, role: EntryRole = this.role): void {
    this.file(plainListEntry(host), host, role);
  }

  private file(host: string | null, raw: string, role: EntryRole): void {
    if (host === null) {
      this.skip(raw);
      return;
    }
    const list = role === 'block' ? this.block : this.allow;
    list.push(host);
    if (this.block.length + this.allow.length > this.maxEntries) {
      throw new FeedError('too-many-entries', `The list has more than ${this.maxEntries} entries.`);
    }
  }

  /** Counts an entry that is not usable, keeping the first few as samples. */
  skip(raw: unknown): void {
    this.skipped += 1;
    if (this.skippedSamples.length < MAX_SAMPLES) {
      const text = typeof raw === 'string' ? raw : JSON.stringify(raw) ?? String(raw);
      this.skippedSamples.push(text.trim().slice(0, MAX_SAMPLE_CHARS));
    }
  }

  result(format: FeedFormat): ParsedFeed {
    return {
      format,
      block: this.block,
      allow: this.allow,
      skipped: this.skipped,
      skippedSamples: this.skippedSamples,
    };
  }
}
