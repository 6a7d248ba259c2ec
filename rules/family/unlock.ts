import * as z from 'zod/mini';

/**
 * After a correct PIN the background hands the page a short-lived random token. Every change
 * family mode protects must carry a live token; the background checks it, so a page (or anything
 * else talking to the background) cannot skip the PIN by skipping the dialog.
 */
export const UNLOCK_TTL_MS = 10 * 60_000;
/** Several pages may be unlocked at once (options page, popup); older tokens drop out. */
export const MAX_LIVE_TOKENS = 5;

export const UnlockTokenSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/));

export const LiveTokenSchema = z.object({ token: UnlockTokenSchema, expiresAt: z.number() });
export type LiveToken = z.infer<typeof LiveTokenSchema>;

/** 32 random bytes, base64url without padding (43 characters; "=" only ever pads). */
export function newUnlockToken(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(32));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '');
}

/** Stored tokens, never trusted: anything malformed or expired is dropped. */
export function liveTokens(stored: unknown, now: number): LiveToken[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry) => {
    const parsed = LiveTokenSchema.safeParse(entry);
    // A token claiming to live longer than the TTL was not issued by us.
    return parsed.success && parsed.data.expiresAt > now && parsed.data.expiresAt <= now + UNLOCK_TTL_MS ? [parsed.data] : [];
  });
}

export function addToken(tokens: LiveToken[], token: string, now: number): LiveToken[] {
  return [...tokens, { token, expiresAt: now + UNLOCK_TTL_MS }].slice(-MAX_LIVE_TOKENS);
}

function sameString(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return difference === 0;
}

export function isTokenLive(tokens: LiveToken[], candidate: string | undefined, now: number): boolean {
  if (candidate === undefined || !UnlockTokenSchema.safeParse(candidate).success) return false;
  let found = false;
  for (const live of tokens) if (live.expiresAt > now && sameString(live.token, candidate)) found = true;
  return found;
}

/** Error texts the background refuses a protected change with; pages recognise them to ask for the PIN. */
export const PIN_REQUIRED_ERROR = 'family-pin-required';
export const SETTING_LOCKED_ERROR = 'setting-locked-by-administrator';
export const MANAGED_FEED_ERROR = 'feed-managed-by-administrator';

/** Answer to page:familyUnlock. */
export type UnlockResult =
  | { ok: true; token: string; expiresAt: number }
  | { ok: false; reason: 'off' }
  /** The family record is damaged and its PIN cannot be read: nothing can unlock it. */
  | { ok: false; reason: 'damaged' }
  | { ok: false; reason: 'locked'; retryAfterMs: number }
  | { ok: false; reason: 'wrong'; attemptsLeft: number; retryAfterMs: number };
