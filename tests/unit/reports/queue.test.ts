import { describe, expect, it } from 'vitest';
import { createSendQueue, type QueueDeps } from '@/entrypoints/background/reports/queue';
import { openReportStore } from '@/entrypoints/background/reports/store';
import { NETCRAFT_REPORT_URL } from '@/rules/reports/netcraft';
import { MAX_ATTEMPTS, type Outcome } from '@/rules/reports/retry';
import { reportStatus } from '@/rules/reports/schema';
import { sampleReport } from './fixtures';

const ORG = 'https://reports.example.org/in';
const T0 = Date.parse('2025-03-01T10:00:00.000Z');
let databases = 0;

/** A queue over a fresh store, with a hand-driven clock and a scripted network. */
async function setup(answers: (url: string) => Outcome | Promise<Outcome>) {
  const store = openReportStore(`queue-test-${(databases += 1)}`);
  await store.put(sampleReport());
  const clock = { now: T0 };
  const posts: { url: string; body: unknown }[] = [];
  const wakes: (number | null)[] = [];
  const deps: QueueDeps = {
    store,
    post: async (url, body) => {
      posts.push({ url, body });
      return answers(url);
    },
    now: () => clock.now,
    random: () => 0.5,
    scheduleWake: async (at) => {
      wakes.push(at);
    },
    country: 'IT',
  };
  return { store, clock, posts, wakes, queue: createSendQueue(deps) };
}

const sent: Outcome = { kind: 'sent' };
const offline: Outcome = { kind: 'retry', error: 'No connection (Failed to fetch)' };

describe('send queue', () => {
  it('sends to both destinations at once when the network is there', async () => {
    const { queue, posts, wakes } = await setup(() => sent);
    const report = await queue.enqueue('r-1', [
      { destination: 'netcraft', endpoint: NETCRAFT_REPORT_URL, email: 'ann@mail.it' },
      { destination: 'organisation', endpoint: ORG },
    ]);
    expect(reportStatus(report)).toBe('sent');
    expect(posts.map((post) => post.url)).toEqual([NETCRAFT_REPORT_URL, ORG]);
    expect(posts[0]!.body).toMatchObject({ email: 'ann@mail.it', urls: [{ url: 'https://trade-profit.example/login', country: 'IT' }] });
    expect(posts[1]!.body).toMatchObject({ format: 'scam-sentinel-report', report: { id: 'r-1' } });
    expect(report.deliveries.netcraft).toMatchObject({ status: 'sent', attempts: 1, sentAt: '2025-03-01T10:00:00.000Z' });
    // Once sent, the email is not kept with the report.
    expect(report.deliveries.netcraft?.email).toBeUndefined();
    expect(wakes.at(-1)).toBeNull();
  });

  it('keeps a report queued while offline and retries with growing delays until it goes through', async () => {
    let online = false;
    const { queue, store, clock, posts, wakes } = await setup(() => (online ? sent : offline));
    let report = await queue.enqueue('r-1', [{ destination: 'organisation', endpoint: ORG }]);
    expect(reportStatus(report)).toBe('queued');
    expect(report.deliveries.organisation).toMatchObject({ attempts: 1, lastError: 'No connection (Failed to fetch)', nextAttemptAt: T0 + 60_000 });
    expect(wakes.at(-1)).toBe(T0 + 60_000);

    // Woken too early: nothing is tried.
    clock.now = T0 + 30_000;
    await queue.processDue();
    expect(posts).toHaveLength(1);

    clock.now = T0 + 60_000;
    await queue.processDue();
    expect(posts).toHaveLength(2);
    report = (await store.get('r-1'))!;
    expect(report.deliveries.organisation).toMatchObject({ status: 'queued', attempts: 2, nextAttemptAt: clock.now + 120_000 });
    expect(wakes.at(-1)).toBe(clock.now + 120_000);

    online = true;
    clock.now += 120_000;
    await queue.processDue();
    report = (await store.get('r-1'))!;
    expect(reportStatus(report)).toBe('sent');
    expect(report.deliveries.organisation).toMatchObject({ attempts: 3, lastError: null });
    expect(wakes.at(-1)).toBeNull();
  });

  it('marks a refused report failed at once and shows why', async () => {
    const { queue, posts } = await setup(() => ({ kind: 'refused', error: 'HTTP 400: bad email' }));
    const report = await queue.enqueue('r-1', [{ destination: 'netcraft', endpoint: NETCRAFT_REPORT_URL, email: 'ann@mail.it' }]);
    expect(reportStatus(report)).toBe('failed');
    expect(report.deliveries.netcraft).toMatchObject({ status: 'failed', lastError: 'HTTP 400: bad email', nextAttemptAt: null });
    expect(posts).toHaveLength(1);
  });

  it(`gives up after ${MAX_ATTEMPTS} tries, and "Try again" starts over`, async () => {
    let online = false;
    const { queue, store, clock, posts } = await setup(() => (online ? sent : offline));
    await queue.enqueue('r-1', [{ destination: 'organisation', endpoint: ORG }]);
    for (let i = 1; i < MAX_ATTEMPTS; i += 1) {
      clock.now = (await store.get('r-1'))!.deliveries.organisation!.nextAttemptAt!;
      await queue.processDue();
    }
    expect(posts).toHaveLength(MAX_ATTEMPTS);
    const gaveUp = (await store.get('r-1'))!;
    expect(reportStatus(gaveUp)).toBe('failed');
    expect(gaveUp.deliveries.organisation).toMatchObject({ attempts: MAX_ATTEMPTS, nextAttemptAt: null });
    clock.now += 24 * 3600_000;
    await queue.processDue();
    expect(posts).toHaveLength(MAX_ATTEMPTS);

    online = true;
    const retried = await queue.retryNow('r-1');
    expect(reportStatus(retried)).toBe('sent');
    expect(posts).toHaveLength(MAX_ATTEMPTS + 1);
  });

  it('treats a thrown network error like being offline', async () => {
    const { queue } = await setup(() => Promise.reject(new Error('socket hang up')));
    const report = await queue.enqueue('r-1', [{ destination: 'organisation', endpoint: ORG }]);
    expect(report.deliveries.organisation).toMatchObject({ status: 'queued', lastError: 'socket hang up' });
  });

  it('never sends twice: not a destination that already has it, not from two wake-ups at once', async () => {
    let online = false;
    const { queue, clock, posts } = await setup((url) => (url === NETCRAFT_REPORT_URL || online ? sent : offline));
    await queue.enqueue('r-1', [
      { destination: 'netcraft', endpoint: NETCRAFT_REPORT_URL, email: 'ann@mail.it' },
      { destination: 'organisation', endpoint: ORG },
    ]);
    expect(posts.map((post) => post.url)).toEqual([NETCRAFT_REPORT_URL, ORG]);
    online = true;
    clock.now += 60_000;
    await Promise.all([queue.processDue(), queue.processDue(), queue.retryNow('r-1')]);
    expect(posts.map((post) => post.url)).toEqual([NETCRAFT_REPORT_URL, ORG, ORG]);
    const again = await queue.enqueue('r-1', [{ destination: 'netcraft', endpoint: NETCRAFT_REPORT_URL, email: 'ann@mail.it' }]);
    expect(reportStatus(again)).toBe('sent');
    expect(posts).toHaveLength(3);
  });

  it('refuses to queue a report that does not exist', async () => {
    const { queue } = await setup(() => sent);
    await expect(queue.enqueue('missing', [{ destination: 'organisation', endpoint: ORG }])).rejects.toThrow(/no report/);
  });
});
