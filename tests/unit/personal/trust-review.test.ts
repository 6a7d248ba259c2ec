import { describe, expect, it } from 'vitest';
import { loadTrustConfirmations, reviewTrust, storedTrustConfirmations, withConfirmation } from '@/rules/personal/trust-review';

const LISTS: Record<string, string[]> = { 'scam-broker.example': ['Scam Sentinel bundled list'], 'fake-exchange.example': ['Feed A', 'Feed B'] };
const listedBy = (host: string) => LISTS[host] ?? [];

describe('trust of a site a scam list names', () => {
  it('counts only once confirmed in this browser; an unlisted trusted site counts at once', () => {
    const trusted = new Map([['my-bank.example', 100], ['scam-broker.example', 200]]);
    expect(reviewTrust(trusted, new Map(), listedBy)).toEqual({
      effective: ['my-bank.example'],
      pending: [{ host: 'scam-broker.example', lists: ['Scam Sentinel bundled list'] }],
    });
    expect(reviewTrust(trusted, new Map([['scam-broker.example', 200]]), listedBy)).toEqual({
      effective: ['my-bank.example', 'scam-broker.example'],
      pending: [],
    });
  });

  it('a confirmation covers only the decision it confirmed: trust given again later waits again', () => {
    const retrusted = new Map([['fake-exchange.example', 300]]);
    expect(reviewTrust(retrusted, new Map([['fake-exchange.example', 250]]), listedBy).pending).toEqual([
      { host: 'fake-exchange.example', lists: ['Feed A', 'Feed B'] },
    ]);
  });

  it('a damaged confirmations record confirms nothing', () => {
    for (const damaged of ['x', 42, null, { 'scam-broker.example': 'yes' }, [1, 2]]) {
      expect(loadTrustConfirmations(damaged).size).toBe(0);
    }
    const kept = new Map([['scam-broker.example', 200]]);
    expect(loadTrustConfirmations(storedTrustConfirmations(kept))).toEqual(kept);
  });

  it('confirming keeps only confirmations of current decisions, and needs the site to be trusted', () => {
    const trusted = new Map([['scam-broker.example', 200], ['fake-exchange.example', 300]]);
    const old = new Map([['gone.example', 5], ['fake-exchange.example', 299]]);
    expect(withConfirmation(old, 'scam-broker.example', trusted)).toEqual(new Map([['scam-broker.example', 200]]));
    expect(withConfirmation(new Map(), 'not-trusted.example', trusted)).toEqual(new Map());
  });
});
