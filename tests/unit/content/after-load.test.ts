import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterLoad, LOAD_WAIT_MS } from '@/entrypoints/scan.content/schedule';

/** A window as the content script may find it: injected before the load event (Firefox's 'document_idle', Chromium's fallback). */
function pageWindow(readyState: DocumentReadyState) {
  return Object.assign(new EventTarget(), { document: { readyState } });
}

describe('afterLoad: the page check is set up only once the load event is over', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for the load event and for its handlers to finish', () => {
    const win = pageWindow('interactive');
    const task = vi.fn();
    afterLoad(win, task);
    expect(task).not.toHaveBeenCalled();
    win.dispatchEvent(new Event('load'));
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(LOAD_WAIT_MS * 2);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs at once on a page that has already loaded', () => {
    const task = vi.fn();
    afterLoad(pageWindow('complete'), task);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('still runs, once, on a page that never fires its load event or stops it reaching us', () => {
    const win = pageWindow('interactive');
    const task = vi.fn();
    afterLoad(win, task);
    vi.advanceTimersByTime(LOAD_WAIT_MS - 1);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    win.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(LOAD_WAIT_MS);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
