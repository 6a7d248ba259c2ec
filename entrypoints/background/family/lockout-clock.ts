import { browser } from 'wxt/browser';
import { afterWait, alarmCountsAsWait, WAIT_MS } from '@/rules/family/rate-limit';
import { changeAttempts, readAttempts } from './family-store';

/**
 * The clock of PIN lock-outs: each firing of this alarm lets one wait pass (rules/family/rate-limit.ts
 * explains why the wall clock is not used). Registered synchronously at every start of the background.
 */
const ALARM = 'family-lockout-wait';

/** Monotonic time of the last counted wait in this life of the background. */
let lastWaitAt: number | null = null;

export function registerLockoutClock(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void countWait().catch((error: unknown) => console.error('[scam-sentinel] lock-out:', error));
  });
  // Firefox forgets alarms when it restarts; a clock set back leaves one scheduled far ahead.
  void armLockoutClock().catch((error: unknown) => console.error('[scam-sentinel] lock-out:', error));
}

/** Runs the alarm while a lock-out lasts, and only then. */
export async function armLockoutClock(): Promise<void> {
  const { waitsLeft } = await readAttempts();
  const alarm = await browser.alarms.get(ALARM);
  if (waitsLeft === 0) {
    if (alarm) await browser.alarms.clear(ALARM);
    return;
  }
  if (alarm && alarm.scheduledTime <= Date.now() + 2 * WAIT_MS) return;
  await browser.alarms.create(ALARM, { delayInMinutes: WAIT_MS / 60_000, periodInMinutes: WAIT_MS / 60_000 });
}

export async function countWait(now = performance.now()): Promise<void> {
  await changeAttempts(async (state, write) => {
    if (state.waitsLeft === 0 || !alarmCountsAsWait(lastWaitAt === null ? null : now - lastWaitAt)) return;
    lastWaitAt = now;
    await write(afterWait(state));
  });
  await armLockoutClock();
}
