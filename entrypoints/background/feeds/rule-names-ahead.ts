import { gateHosts, type ProtectedNames } from '@/rules/hosts/gate';

/**
 * The names a feed's list gives the browser's blocking rules: its first `max` distinct names, in
 * the order of the list (after the gate and the feed's own allowlist).
 */
export function ruleNamesOf(block: readonly string[], max: number): string[] {
  const names = new Set<string>();
  for (const name of block) {
    if (names.size >= max) break;
    names.add(name);
  }
  return [...names];
}

/** Longest wait of the download for the rule names to be sent. */
const PAUSE_MS = 2_000;

/**
 * Works out a big list's rule names while the rest of it still downloads: as soon as the entries
 * read so far hold `max` distinct names past the gate, those are the list's rule names (the later
 * entries cannot change the first ones), so the browser can install them while the worker reads,
 * gates, compiles and stores the rest. Only the feed's own allowlist, known at the end, could
 * change them: the sync compares and previews again if so (sync.ts).
 * While the names are worked out and sent to the browser, the download waits (for at most
 * PAUSE_MS): the worker reading on would delay the browser's answers that the install needs first,
 * and the install is the longer of the two.
 * A list with fewer names than that gets its rules at the end, as before.
 */
export class RuleNamesAhead {
  private tried = 0;
  private found: string | null = null;
  private work: Promise<void> = Promise.resolve();

  constructor(
    private readonly max: number,
    private readonly gate: Promise<ProtectedNames>,
    /** Told the names once they are found (never throws). */
    private readonly preview: (ruleNames: string) => Promise<void>,
  ) {}

  /** Called after each piece of the body with the block entries read so far; the reading waits for what it returns. */
  offer(block: readonly string[]): Promise<void> | undefined {
    // Each attempt on twice the entries of the last (linear in all).
    if (this.found !== null || block.length < Math.max(this.max, this.tried * 2)) return undefined;
    this.tried = block.length;
    const prefix = block.slice();
    this.work = this.work.then(() => this.attempt(prefix));
    return Promise.race([this.work, new Promise<void>((done) => setTimeout(done, PAUSE_MS))]);
  }

  /** The names previewed ahead ("\n"-separated), once any attempt under way is over; null when none was. */
  async ruleNames(): Promise<string | null> {
    await this.work;
    return this.found;
  }

  private async attempt(prefix: readonly string[]): Promise<void> {
    if (this.found !== null) return;
    let names: string[];
    try {
      names = ruleNamesOf(gateHosts(prefix, await this.gate).kept, this.max);
    } catch {
      return; // the sync meets the same failure and reports it
    }
    if (names.length < this.max) return;
    this.found = names.join('\n');
    await this.preview(this.found);
  }
}
