import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, outcomeOfStatus, RETRY_BASE_MS, RETRY_MAX_DELAY_MS, retryDelayMs } from '@/rules/reports/retry';

describe('retry schedule', () => {
  it('doubles from one minute and stops growing at six hours', () => {
    const minutes = Array.from({ length: MAX_ATTEMPTS }, (_, i) => retryDelayMs(i + 1) / 60_000);
    expect(minutes).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 360]);
    expect(retryDelayMs(50)).toBe(RETRY_MAX_DELAY_MS);
  });

  it('spreads retries by at most ten per cent either way', () => {
    expect(retryDelayMs(1, () => 0)).toBe(RETRY_BASE_MS * 0.9);
    expect(retryDelayMs(1, () => 1)).toBe(RETRY_BASE_MS * 1.1);
  });
});

describe('what an HTTP answer means', () => {
  it('2xx is sent; passing trouble is retried; other refusals are final', () => {
    expect(outcomeOfStatus(200)).toEqual({ kind: 'sent' });
    expect(outcomeOfStatus(204)).toEqual({ kind: 'sent' });
    for (const status of [408, 425, 429, 500, 502, 503]) expect(outcomeOfStatus(status).kind).toBe('retry');
    for (const status of [400, 401, 403, 404, 413, 422]) expect(outcomeOfStatus(status).kind).toBe('refused');
    expect(outcomeOfStatus(500, 'database down')).toEqual({ kind: 'retry', error: 'HTTP 500: database down' });
  });
});
