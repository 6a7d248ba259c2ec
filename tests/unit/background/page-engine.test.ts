import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../../rules/settings';

/** The engine's preparation, seen from outside: how often the worker asked the engine to build its automaton. */
const prepareEngine = vi.hoisted(() => vi.fn());
vi.mock('@/rules/engine/index', async (original) => ({ ...(await original<object>()), prepareEngine }));

type Commit = { tabId: number; frameId: number; url: string };
let commitListeners: ((commit: Commit) => void)[];
const commit = (url: string, frameId = 0) => commitListeners.forEach((listener) => listener({ tabId: 3, frameId, url }));

/** A fresh worker: page-engine.ts's memory of a preparation starts empty. */
async function freshWorker() {
  vi.resetModules();
  return import('../../../entrypoints/background/page-engine');
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.clearAllMocks();
  commitListeners = [];
  Object.assign(fakeBrowser, { webNavigation: { onCommitted: { addListener: (listener: (commit: Commit) => void) => commitListeners.push(listener) } } });
});

describe('preparePageChecks', () => {
  it('builds the engine once a worker life, however often a page check is announced', async () => {
    const { preparePageChecks } = await freshWorker();
    await Promise.all([preparePageChecks(), preparePageChecks()]);
    await preparePageChecks();
    expect(prepareEngine).toHaveBeenCalledTimes(1);
  });

  it('does no work while the user has page checks turned off, and readies the engine once they are back on', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, heuristicsEnabled: false } });
    const { preparePageChecks } = await freshWorker();
    await preparePageChecks();
    expect(prepareEngine).not.toHaveBeenCalled();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: DEFAULT_SETTINGS });
    await preparePageChecks();
    expect(prepareEngine).toHaveBeenCalledTimes(1);
  });
});

describe('prepareChecksAtPageOpen', () => {
  /** Lets every pending step of a preparation run (the stubs answer at once). */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const LISTED = 'https://listed-broker.example/';
  const willBeReplaced = vi.fn(async (url: string) => url === LISTED);

  it("readies the engine when a web page commits in a tab's top frame, once its navigation check has answered", async () => {
    const { prepareChecksAtPageOpen } = await freshWorker();
    prepareChecksAtPageOpen(willBeReplaced);
    commit('https://www.broker-example.com/');
    expect(willBeReplaced).toHaveBeenCalledWith('https://www.broker-example.com/');
    await vi.waitFor(() => expect(prepareEngine).toHaveBeenCalledTimes(1));
    // Ready: the next pages cost no lookup of their own.
    commit('https://www.other-site.example/');
    expect(willBeReplaced).toHaveBeenCalledTimes(1);
  });

  it("readies nothing for frames, the extension's own pages, or a listed page the warning page replaces", async () => {
    const { prepareChecksAtPageOpen } = await freshWorker();
    prepareChecksAtPageOpen(willBeReplaced);
    // A preparation starts by reading the settings: none started for these.
    const settingsRead = vi.spyOn(fakeBrowser.storage.local, 'get');
    commit('https://ads.example.net/slot', 2);
    commit('chrome-extension://abcdef/interstitial.html#https://listed.example/');
    commit('about:blank');
    expect(willBeReplaced).not.toHaveBeenCalled();
    commit(LISTED);
    await settle();
    expect(willBeReplaced).toHaveBeenCalledWith(LISTED);
    expect(settingsRead).not.toHaveBeenCalled();
    expect(prepareEngine).not.toHaveBeenCalled();
  });
});
