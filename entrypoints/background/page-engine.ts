/**
 * The page check's engine (with its rule packs and brand tables), loaded on its first use in a worker's life.
 * A woken worker's first job is usually a navigation check, which needs only the lists: imported this way, the
 * build leaves the engine's evaluation (about 6 ms at a Chromium wake) to the first page check or explanation
 * (tests/unit/background/lazy-modules.test.ts keeps every static import of it out of the worker).
 */
export function pageEngine(): Promise<typeof import('@/rules/engine/index')> {
  return import('@/rules/engine/index');
}
