import { browser } from 'wxt/browser';
import { readSettings } from './settings-store';

/**
 * The page check's engine (with its rule packs and brand tables), loaded on its first use in a worker's life.
 * A woken worker's first job is usually a navigation check, which needs only the lists: imported this way, the
 * build leaves the engine's evaluation (about 6 ms at a Chromium wake) to the first page check or explanation
 * (tests/unit/background/lazy-modules.test.ts keeps every static import of it out of the worker).
 */
export function pageEngine(): Promise<typeof import('@/rules/engine/index')> {
  return import('@/rules/engine/index');
}

let prepared: Promise<void> | null = null;

/**
 * Readies the engine for the page check that is coming (once a worker's life, and not when the user turned page
 * checks off): the first snapshot after a wake then finds its automaton built instead of waiting for it.
 */
export function preparePageChecks(): Promise<void> {
  prepared ??= readSettings()
    .then(async ({ heuristicsEnabled }) => {
      if (heuristicsEnabled) (await pageEngine()).prepareEngine();
      else prepared = null; // turned back on later: ready the engine then
    })
    .catch((error: unknown) => {
      prepared = null;
      throw error;
    });
  return prepared;
}

/**
 * Chromium: a web page has started to open in a tab (its top frame committed). It is checked once it has loaded
 * (page-injection.ts), tens of milliseconds from now, so the engine gets ready meanwhile rather than after the
 * snapshot arrives. Only once `willBeReplaced` has answered for the page: that waits for the lists, so the
 * navigation checks already under way (a listed page can commit before its warning page is asked for) are never
 * held up by the tens of milliseconds this takes, and a page the warning page replaces gets no check to ready.
 */
export function prepareChecksAtPageOpen(willBeReplaced: (url: string) => Promise<boolean>): void {
  browser.webNavigation.onCommitted.addListener(({ frameId, url }) => {
    // Once readied (or being readied), later pages ask nothing more.
    if (frameId !== 0 || prepared !== null || !/^https?:\/\//i.test(url)) return;
    willBeReplaced(url)
      .then((replaced) => (replaced ? undefined : preparePageChecks()))
      .catch((error: unknown) => console.warn('[scam-sentinel] page check preparation:', error));
  });
}
