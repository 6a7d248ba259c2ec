/**
 * When to look at the page: once when the browser is idle after load, and once more if the page
 * later changes a lot (single-page apps render their content after load). Never on the critical path.
 */
const IDLE_TIMEOUT_MS = 3_000;
const RECHECK_DEBOUNCE_MS = 1_500;
/** How much new text makes a change "large". */
const LARGE_CHANGE_CHARS = 2_000;

export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(task, 200);
}

/** Calls `recheck` once, after the page's text has grown by a large amount. */
export function onceAfterLargeChange(root: Node, recheck: () => void): () => void {
  let added = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) added += node.textContent?.length ?? 0;
    }
    if (added < LARGE_CHANGE_CHARS) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      observer.disconnect();
      whenIdle(recheck);
    }, RECHECK_DEBOUNCE_MS);
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    clearTimeout(timer);
    observer.disconnect();
  };
}
