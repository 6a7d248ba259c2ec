import type { FeedStore } from '@/entrypoints/background/feeds/store';
import type { PartedHostSet } from '@/rules/feeds/set-parts';

/** The list stored under `key`, every part read (what a test looks names up in); undefined when gone. */
export async function storedList(store: FeedStore, key: string): Promise<PartedHostSet | undefined> {
  const set = await store.openSet(key);
  await set?.loadAll();
  return set;
}
