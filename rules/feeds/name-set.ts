import { toListEntry } from './host-entry.ts';
import type { HostLookup } from './compact-set.ts';

/**
 * A small, editable-by-rebuild set of names (personal lists, allowlists) matched against a
 * host and its parents. Names are normalised on the way in (URLs, Unicode, `*.` accepted);
 * invalid ones and bare public suffixes are dropped, so a parent walk can never match a
 * whole suffix such as github.io.
 */
export class NameSet implements HostLookup {
  private readonly names = new Set<string>();

  constructor(names: Iterable<string> = []) {
    for (const raw of names) {
      const name = toListEntry(raw);
      if (name !== null) this.names.add(name);
    }
  }

  /**
   * Names already in list-entry form (what toListEntry returns for them), taken as they are: for built-in
   * data whose tests check that form. A woken worker then needs no public-suffix table to build the set.
   */
  static ofListEntries(names: Iterable<string>): NameSet {
    const set = new NameSet();
    for (const name of names) set.names.add(name);
    return set;
  }

  get size(): number {
    return this.names.size;
  }

  /** Whether exactly this normal name is in the set. */
  has(name: string): boolean {
    return this.names.has(name);
  }

  /** The most specific name in the set that is the host or a parent of it, or null. */
  lookup(host: string): string | null {
    let current = host;
    for (;;) {
      if (this.names.has(current)) return current;
      const dot = current.indexOf('.');
      if (dot === -1) return null;
      current = current.slice(dot + 1);
    }
  }

  values(): IterableIterator<string> {
    return this.names.values();
  }
}
