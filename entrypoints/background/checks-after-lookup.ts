import type { LoadOptions } from '@/rules/feeds/compact-set';

/**
 * A list's checksum is checked just after the lookup that needed it, not before (7-20 ms for a 1M-name list in
 * a just-woken worker, while a navigation waits for its answer). A list that fails is then dropped as before
 * (a feed's list is skipped, the bundled list is read again and refused), having answered at most the lookups
 * of that moment; from then on this worker checks it before use. The lists' layout is checked at once either
 * way, so an unchecked list never reads out of bounds.
 */
export const CHECK_LATER: LoadOptions = { verifyChecksum: false };

/** Checks of lists loaded or parts read for the lookups under way, run once those have answered. */
const checksDue: (() => void)[] = [];

/**
 * Not every reader of the lists looks a site up (the rebuild of the browser's rules, the options page's facts of
 * the bundled list): what they loaded is checked this long after at the latest, so that no list goes unchecked
 * until the next visit. Long enough that a woken worker's navigation check has answered by then.
 */
const CHECK_AT_LATEST_MS = 500;
let latest: ReturnType<typeof setTimeout> | undefined;

/** Checks a list (or the parts just read of one) once the lookup under way has answered: `damaged` if it fails. */
export function checkAfterLookup(matches: () => boolean, damaged: () => void): void {
  checksDue.push(() => {
    if (!matches()) damaged();
  });
  latest ??= setTimeout(() => {
    latest = undefined;
    runChecks(checksDue.splice(0));
  }, CHECK_AT_LATEST_MS);
}

/**
 * Runs the checks due in a task of its own, after the caller's lookup has answered. Scheduled when the lookup's
 * lists are ready, not when a list is loaded: the bundled list loads before the feeds' parts are read, and its check
 * (milliseconds for 710 kB) would otherwise run while a woken worker's navigation check waits for those parts.
 */
export function checkAfterThisLookup(): void {
  if (checksDue.length === 0) return;
  const due = checksDue.splice(0);
  setTimeout(() => runChecks(due), 0);
}

function runChecks(due: readonly (() => void)[]): void {
  for (const check of due) check();
}
