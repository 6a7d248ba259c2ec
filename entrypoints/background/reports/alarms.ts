import { browser } from 'wxt/browser';

/** The one alarm that wakes the worker when a queued report is due for another try. */
export const REPORT_RETRY_ALARM = 'scam-sentinel-report-retry';

export async function scheduleReportWake(at: number | null): Promise<void> {
  if (at === null) {
    await browser.alarms.clear(REPORT_RETRY_ALARM);
    return;
  }
  // Chromium runs alarms no sooner than 30 s from now; an overdue try runs at the next wake.
  await browser.alarms.create(REPORT_RETRY_ALARM, { when: Math.max(at, Date.now() + 30_000) });
}

/** Registered synchronously at worker start, so a wake-up by the alarm is never missed. */
export function onReportAlarm(run: () => Promise<void>): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REPORT_RETRY_ALARM) void run().catch((error: unknown) => console.error('[scam-sentinel] report retry:', error));
  });
}
