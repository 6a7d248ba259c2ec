import { describe, expect, it } from 'vitest';
import { addToken, isTokenLive, liveTokens, MAX_LIVE_TOKENS, newUnlockToken, UNLOCK_TTL_MS, UnlockTokenSchema } from '@/rules/family/unlock';

describe('unlock tokens', () => {
  it('are random, well-formed and live for a limited time', () => {
    const a = newUnlockToken();
    const b = newUnlockToken();
    expect(UnlockTokenSchema.parse(a)).toBe(a);
    expect(a).not.toBe(b);
    const tokens = addToken([], a, 1000);
    expect(isTokenLive(tokens, a, 1000)).toBe(true);
    expect(isTokenLive(tokens, a, 1000 + UNLOCK_TTL_MS - 1)).toBe(true);
    expect(isTokenLive(tokens, a, 1000 + UNLOCK_TTL_MS)).toBe(false);
    expect(isTokenLive(tokens, b, 1000)).toBe(false);
    expect(isTokenLive(tokens, undefined, 1000)).toBe(false);
  });

  it('keeps only the newest few and drops forged or expired stored entries', () => {
    let tokens = addToken([], newUnlockToken(), 0);
    const first = tokens[0]!.token;
    for (let i = 0; i < MAX_LIVE_TOKENS; i++) tokens = addToken(tokens, newUnlockToken(), 0);
    expect(tokens).toHaveLength(MAX_LIVE_TOKENS);
    expect(isTokenLive(tokens, first, 0)).toBe(false);
    const forged = { token: newUnlockToken(), expiresAt: 10 * UNLOCK_TTL_MS };
    const expired = { token: newUnlockToken(), expiresAt: 5 };
    expect(liveTokens([forged, expired, 'junk', ...tokens], 10)).toEqual(tokens);
    expect(liveTokens('junk', 10)).toEqual([]);
  });
});
