import { netcraftBody } from '@/rules/reports/netcraft';
import { organisationBody } from '@/rules/reports/organisation';
import { MAX_ATTEMPTS, retryDelayMs, type Outcome } from '@/rules/reports/retry';
import type { Delivery, Destination, Report } from '@/rules/reports/schema';
import type { ReportStore } from './store';

/**
 * Sending reports, only ever after the user pressed "Send". Each destination of a report has its own
 * delivery state; a try that fails for a passing reason is repeated later with exponential backoff
 * (rules/reports/retry.ts), woken by an alarm so it survives the worker going to sleep.
 * Everything outside (network, clock, alarms) is injected, so the queue is tested without a browser.
 */
export interface SendRequest {
  destination: Destination;
  endpoint: string;
  /** Netcraft only. */
  email?: string;
}

export interface QueueDeps {
  store: ReportStore;
  post(url: string, body: unknown): Promise<Outcome>;
  now(): number;
  random?(): number;
  /** Arrange for processDue() to run at `at` (epoch ms), or cancel with null. */
  scheduleWake(at: number | null): Promise<void>;
  /** Netcraft's optional "country" (from the browser locale). */
  country?: string;
}

export interface SendQueue {
  enqueue(id: string, requests: SendRequest[]): Promise<Report>;
  /** Tries every delivery that is due; returns when all tries are done and the next wake is set. */
  processDue(): Promise<void>;
  /** The user's "Try again": queued and failed deliveries of a report are tried now. */
  retryNow(id: string): Promise<Report>;
}

export function createSendQueue(deps: QueueDeps): SendQueue {
  // One pass at a time: an alarm and a button press must not send the same report twice.
  let running: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = running.then(task, task);
    running = next.catch(() => undefined);
    return next;
  };

  const bodyFor = (report: Report, destination: Destination, delivery: Delivery): unknown =>
    destination === 'netcraft' ? netcraftBody(report, delivery.email ?? '', deps.country) : organisationBody(report);

  async function attempt(report: Report, destination: Destination, delivery: Delivery): Promise<Delivery> {
    let outcome: Outcome;
    try {
      outcome = await deps.post(delivery.endpoint, bodyFor(report, destination, delivery));
    } catch (error) {
      outcome = { kind: 'retry', error: error instanceof Error ? error.message : String(error) };
    }
    const attempts = delivery.attempts + 1;
    if (outcome.kind === 'sent') {
      // The email was only needed to send; once Netcraft has it, the report no longer keeps it.
      const { email: _sentEmail, ...kept } = delivery;
      return { ...kept, status: 'sent', attempts, nextAttemptAt: null, lastError: null, sentAt: new Date(deps.now()).toISOString() };
    }
    const givesUp = outcome.kind === 'refused' || attempts >= MAX_ATTEMPTS;
    return {
      ...delivery,
      status: givesUp ? 'failed' : 'queued',
      attempts,
      nextAttemptAt: givesUp ? null : deps.now() + retryDelayMs(attempts, deps.random),
      lastError: outcome.error.slice(0, 500),
    };
  }

  async function sendDue(report: Report): Promise<Report> {
    let changed = false;
    const deliveries = { ...report.deliveries };
    for (const [destination, delivery] of Object.entries(report.deliveries) as [Destination, Delivery][]) {
      if (delivery.status !== 'queued' || (delivery.nextAttemptAt ?? 0) > deps.now()) continue;
      deliveries[destination] = await attempt(report, destination, delivery);
      changed = true;
    }
    const next = { ...report, deliveries };
    if (changed) await deps.store.put(next);
    return next;
  }

  async function rescheduleWake(): Promise<void> {
    const due = (await deps.store.list())
      .flatMap((report) => Object.values(report.deliveries))
      .filter((delivery) => delivery.status === 'queued' && delivery.nextAttemptAt !== null)
      .map((delivery) => delivery.nextAttemptAt!);
    await deps.scheduleWake(due.length > 0 ? Math.min(...due) : null);
  }

  async function requireReport(id: string): Promise<Report> {
    const report = await deps.store.get(id);
    if (!report) throw new Error(`no report ${id}`);
    return report;
  }

  return {
    enqueue: (id, requests) =>
      serial(async () => {
        const report = await requireReport(id);
        const deliveries = { ...report.deliveries };
        for (const request of requests) {
          // A destination that already accepted the report is not sent it twice.
          if (deliveries[request.destination]?.status === 'sent') continue;
          deliveries[request.destination] = {
            status: 'queued',
            attempts: 0,
            nextAttemptAt: deps.now(),
            lastError: null,
            sentAt: null,
            endpoint: request.endpoint,
            ...(request.email ? { email: request.email } : {}),
          };
        }
        const queued = { ...report, deliveries };
        await deps.store.put(queued);
        const sent = await sendDue(queued);
        await rescheduleWake();
        return sent;
      }),
    processDue: () =>
      serial(async () => {
        for (const report of await deps.store.list()) await sendDue(report);
        await rescheduleWake();
      }),
    retryNow: (id) =>
      serial(async () => {
        const report = await requireReport(id);
        const deliveries = Object.fromEntries(
          Object.entries(report.deliveries).map(([destination, delivery]) => [
            destination,
            delivery.status === 'sent' ? delivery : { ...delivery, status: 'queued' as const, attempts: 0, nextAttemptAt: deps.now() },
          ]),
        );
        const sent = await sendDue({ ...report, deliveries });
        await rescheduleWake();
        return sent;
      }),
  };
}
