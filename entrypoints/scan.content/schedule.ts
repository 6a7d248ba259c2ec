import { frameWatcher } from './frame-watch';

/**
 * When to look at the page, never on its critical path:
 *  - first when the browser is idle after load (the content script sets this up only after the load event:
 *    afterLoad);
 *  - again while the page keeps changing: at most once every RECHECK_INTERVAL_MS (a fixed pace, not a
 *    debounce that a ticker changing every second would restart forever), only once MATERIAL_CHANGE_CHARS
 *    of text have changed since the last look, and at most MAX_RECHECKS times for one view;
 *  - again after a same-document navigation (history.pushState, a hash change): a new view, with a new
 *    allowance of re-checks.
 * Text that the page's script writes into its frames of the same origin counts as a change too (frame-watch.ts).
 */
export const RECHECK_INTERVAL_MS = 2_500;
export const MATERIAL_CHANGE_CHARS = 100;
export const MAX_RECHECKS = 20;
/** A single-page app renders its new view just after the address changes. */
const NAVIGATION_SETTLE_MS = 400;
export const IDLE_TIMEOUT_MS = 3_000;

/**
 * A browser may run the script before the page's load event: Firefox's 'document_idle', and in Chromium the
 * worker's injection into a page that has not finished loading after a while (entrypoints/background/page-injection.ts).
 * Whatever the script does at once (reaching the extension API, adding listeners) would make the load event later,
 * so the setup waits until the load event is over. A page that holds its load open (a request that never ends) or
 * stops the event before it reaches us is still checked, after LOAD_WAIT_MS at most.
 */
export const LOAD_WAIT_MS = 1_000;

export function afterLoad(win: Pick<Window, 'addEventListener' | 'removeEventListener'> & { document: Pick<Document, 'readyState'> }, task: () => void): void {
  if (win.document.readyState === 'complete') return task();
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    win.removeEventListener('load', onLoad);
    task();
  };
  // A task of its own: after the load event's handlers, not inside its dispatch.
  const onLoad = () => setTimeout(run, 0);
  const fallback = setTimeout(run, LOAD_WAIT_MS);
  win.addEventListener('load', onLoad);
}

export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(task, 200);
}

/** Runs `check` at the moments above, in `doc`'s window; returns a function that stops it all. */
export function scheduleChecks(doc: Document, check: () => void): () => void {
  const win = doc.defaultView!;
  let changed = 0;
  let rechecks = 0;
  let lastCheck = 0;
  let url = win.location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = () => {
    timer = undefined;
    lastCheck = Date.now();
    changed = 0;
    whenIdle(check);
  };
  const planRecheck = (delay: number) => {
    if (timer === undefined) timer = setTimeout(run, Math.max(0, delay));
  };
  const onNavigation = () => {
    if (win.location.href === url) return;
    url = win.location.href;
    rechecks = 0;
    clearTimeout(timer);
    timer = undefined;
    planRecheck(NAVIGATION_SETTLE_MS);
  };

  let stopped = false;
  const noteChange = (textChars: number) => {
    changed += textChars;
    if (stopped || timer !== undefined || rechecks >= MAX_RECHECKS || changed < MATERIAL_CHANGE_CHARS) return;
    rechecks++;
    planRecheck(lastCheck + RECHECK_INTERVAL_MS - Date.now());
  };

  const observer = new MutationObserver((mutations) => {
    onNavigation();
    // A frame among the new elements may hold text already: the page fills it in the same task.
    let textChars = mutations.some(addsFrame) ? lookForFrames() : 0;
    if (timer !== undefined || rechecks >= MAX_RECHECKS) return;
    for (const mutation of mutations) {
      if (changed + textChars >= MATERIAL_CHANGE_CHARS) break;
      if (mutation.type === 'characterData') textChars += (mutation.target as CharacterData).length;
      else for (const node of mutation.addedNodes) textChars += node.textContent?.length ?? 0;
    }
    noteChange(textChars);
  });
  // The document itself, not its <html> element: document.open() throws that element away and document.write()
  // builds a new one (a script writing into an about:blank frame, a page rewriting itself after its load).
  // Once stopped, a frame's late `load` (frame-watch.ts) must not start the disconnected observer again.
  const watch = (target: Document) => {
    if (!stopped) observer.observe(target, { childList: true, subtree: true, characterData: true });
  };
  watch(doc);
  const lookForFrames = frameWatcher(doc, watch, noteChange);
  lookForFrames();

  // Same-document navigations: the Navigation API where there is one, history and hash events everywhere.
  const navigation = (win as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', onNavigation);
  win.addEventListener('popstate', onNavigation);
  win.addEventListener('hashchange', onNavigation);

  whenIdle(() => {
    lastCheck = Date.now();
    check();
  });

  return () => {
    stopped = true;
    clearTimeout(timer);
    observer.disconnect();
    navigation?.removeEventListener('currententrychange', onNavigation);
    win.removeEventListener('popstate', onNavigation);
    win.removeEventListener('hashchange', onNavigation);
  };
}

/** Only what was added is searched, not the whole page: most changes of a page add no frame. */
function addsFrame(mutation: MutationRecord): boolean {
  for (const node of mutation.addedNodes) {
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const el = node as Element;
    if (el.tagName.toUpperCase() === 'IFRAME' || el.querySelector('iframe') !== null) return true;
  }
  return false;
}
