// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_TIMEOUT_MS, MATERIAL_CHANGE_CHARS, RECHECK_INTERVAL_MS, scheduleChecks } from '@/entrypoints/scan.content/schedule';

/** Long enough to count as a material change. */
const NEW_TEXT = 'Nuova offerta. '.repeat(Math.ceil((MATERIAL_CHANGE_CHARS * 2) / 15));

describe('scheduleChecks: the page is looked at again when its text changes', () => {
  let stop: () => void = () => undefined;
  beforeEach(() => {
    vi.useFakeTimers();
    document.documentElement.innerHTML = '<head><title>Benvenuto</title></head><body><p>Caricamento…</p></body>';
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  /** Starts the checks and lets the first one run; returns the check. */
  async function watched() {
    const check = vi.fn();
    stop = scheduleChecks(document, check);
    await vi.advanceTimersByTimeAsync(IDLE_TIMEOUT_MS);
    expect(check).toHaveBeenCalledTimes(1);
    return check;
  }

  it('after text is added to the page', async () => {
    const check = await watched();
    document.body.insertAdjacentHTML('beforeend', `<p>${NEW_TEXT}</p>`);
    await vi.advanceTimersByTimeAsync(RECHECK_INTERVAL_MS + IDLE_TIMEOUT_MS);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('after a script writes into a frame of the same origin (about:blank)', async () => {
    document.body.insertAdjacentHTML('beforeend', '<iframe></iframe>');
    const check = await watched();
    const frameDoc = document.querySelector('iframe')!.contentDocument!;
    frameDoc.open();
    frameDoc.write(`<p>${NEW_TEXT}</p>`);
    frameDoc.close();
    await vi.advanceTimersByTimeAsync(RECHECK_INTERVAL_MS + IDLE_TIMEOUT_MS);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('after the page adds a frame that it fills in the same task, and again when it writes into it later', async () => {
    const check = await watched();
    const frame = document.createElement('iframe');
    document.body.append(frame);
    frame.contentDocument!.body.innerHTML = `<p>${NEW_TEXT}</p>`;
    await vi.advanceTimersByTimeAsync(RECHECK_INTERVAL_MS + IDLE_TIMEOUT_MS);
    expect(check).toHaveBeenCalledTimes(2);
    frame.contentDocument!.body.insertAdjacentHTML('beforeend', `<p>${NEW_TEXT}</p>`);
    await vi.advanceTimersByTimeAsync(RECHECK_INTERVAL_MS + IDLE_TIMEOUT_MS);
    expect(check).toHaveBeenCalledTimes(3);
  });

  it('not for a frame that holds no new text', async () => {
    const check = await watched();
    document.body.append(document.createElement('iframe'));
    await vi.advanceTimersByTimeAsync(RECHECK_INTERVAL_MS + IDLE_TIMEOUT_MS);
    expect(check).toHaveBeenCalledTimes(1);
  });

  // document.open() throws the page's <html> element away and document.write() builds a new one in the same
  // document: a script writing into an about:blank frame, or a page rewriting itself after its load.
  it('after the page replaces its whole document with document.open and document.write', async () => {
    const check = await watched();
    const oldRoot = document.documentElement;
    document.open();
    document.write(`<!doctype html><html><head><title>Offerta</title></head><body><p>${NEW_TEXT}</p></body></html>`);
    document.close();
    expect(document.documentElement).not.toBe(oldRoot);
    await vi.advanceTimersByTimeAsync(RECHECK_INTERVAL_MS + IDLE_TIMEOUT_MS);
    expect(check).toHaveBeenCalledTimes(2);
  });
});
