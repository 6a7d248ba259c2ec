import { describe, expect, it } from 'vitest';
import { scamKindOf } from '@/rules/scam-kind';

const sign = (family: string, weight = 2) => ({ family, weight });

describe('the kind of scam a page points to', () => {
  it('names a recovery scam as such, not as an investment scam', () => {
    expect(scamKindOf([sign('recovery', 4), sign('returns', 1), sign('socialproof', 3)])).toBe('recovery');
  });

  it('follows the weight of the signs', () => {
    expect(scamKindOf([sign('returns', 2), sign('callcenter', 2), sign('plans', 3)])).toBe('broker');
    expect(scamKindOf([sign('plans', 5), sign('returns', 2)])).toBe('high-yield');
    expect(scamKindOf([sign('credentials', 6)])).toBe('wallet');
    expect(scamKindOf([sign('impersonation', 3)])).toBe('impersonation');
  });

  it('names no kind when the signs say nothing about one', () => {
    expect(scamKindOf([sign('socialproof'), sign('addresses')])).toBeNull();
    expect(scamKindOf([])).toBeNull();
  });
});
