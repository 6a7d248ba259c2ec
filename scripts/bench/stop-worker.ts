import type { CDPSession } from 'playwright-core';

/** How long to wait for each change of the worker's state. */
const TIMEOUT_MS = 30_000;
/** How long the stopped worker must stay stopped before a visit (events it had pending restart it at once). */
const QUIET_MS = 500;
const STOP_TRIES = 10;

/**
 * Stops an extension's service worker as Chromium does to an idle one (DevTools' ServiceWorker.stopAllWorkers, which
 * stops every worker of the browser), until the extension's is seen stopped and stays so for QUIET_MS. For the wake
 * figures (browser-wake.ts) and the browser test of a woken worker (tests/e2e/worker-wake.e2e.ts); `cdp` is a session
 * of any page of the browser, `extensionOrigin` chrome-extension://ID.
 */
export async function stopExtensionWorker(cdp: CDPSession, extensionOrigin: string): Promise<void> {
  const status = new Map<string, string>();
  let changed: () => void = () => undefined;
  const onUpdate = ({ versions }: { versions: { versionId: string; scriptURL: string; runningStatus: string }[] }) => {
    for (const version of versions) if (version.scriptURL.startsWith(extensionOrigin)) status.set(version.versionId, version.runningStatus);
    changed();
  };
  const allStopped = () => status.size > 0 && [...status.values()].every((running) => running === 'stopped');
  /** Resolves when the status changes or after `ms`. */
  const nextChange = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      changed = () => (clearTimeout(timer), resolve());
    });
  cdp.on('ServiceWorker.workerVersionUpdated', onUpdate);
  try {
    await cdp.send('ServiceWorker.enable');
    for (let tries = 0; tries < STOP_TRIES; tries++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      for (const deadline = Date.now() + TIMEOUT_MS; !allStopped(); await nextChange(100)) {
        if (Date.now() > deadline) throw new Error(`the extension's worker was not seen stopped within ${TIMEOUT_MS} ms`);
      }
      await nextChange(QUIET_MS);
      if (allStopped()) return;
      // Restarted for an event it had pending: stopped while starting, it would only start again. Let it run the
      // event, then stop it again.
      for (const deadline = Date.now() + TIMEOUT_MS; ![...status.values()].includes('running'); await nextChange(100)) {
        if (Date.now() > deadline) throw new Error(`the extension's restarted worker did not run within ${TIMEOUT_MS} ms`);
      }
      await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    }
    throw new Error(`the extension's worker kept restarting after ${STOP_TRIES} stops`);
  } finally {
    cdp.off('ServiceWorker.workerVersionUpdated', onUpdate);
    await cdp.send('ServiceWorker.disable');
  }
}
