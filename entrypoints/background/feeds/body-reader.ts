import { FeedParser, type ParsedFeed } from '@/rules/feeds';
import type { SyncLimits } from '@/rules/feeds-config/sync-policy';

/**
 * Reads a feed in a line format while it downloads, chunk by chunk, so that parsing a 1M-line
 * list overlaps its download instead of following it. The result is the same as parsing the whole
 * body (FeedParser decides the format on the same window as detectFormat). A JSON body (the signed
 * format among them) is left to the whole-body path: the reader stops at its first character.
 * A parse error is kept until the download is over, so a failed download still reports itself.
 */
export class BodyReader {
  private readonly decoder = new TextDecoder();
  private parser: FeedParser | null;
  private failure: { error: unknown } | null = null;

  constructor(limits: SyncLimits) {
    this.parser = new FeedParser({ maxEntries: limits.maxEntries, maxChars: limits.maxBytes });
  }

  readonly push = (bytes: Uint8Array): void => {
    if (this.parser === null || this.failure !== null) return;
    try {
      this.parser.push(this.decoder.decode(bytes, { stream: true }));
      if (this.parser.waitsForWholeBody) this.parser = null;
    } catch (error) {
      this.failure = { error };
    }
  };

  /** The block entries read so far, in order (none for a body left to the whole-body path). */
  get blockSoFar(): readonly string[] {
    return this.parser?.blockSoFar ?? [];
  }

  /** The parsed list once the whole body has come (throws what parsing it threw), or null for the whole-body path. */
  finish(): ParsedFeed | null {
    if (this.failure !== null) throw this.failure.error;
    if (this.parser === null) return null;
    this.parser.push(this.decoder.decode());
    if (this.parser.waitsForWholeBody) return null;
    return this.parser.finish();
  }
}
