import * as z from 'zod/mini';

/**
 * The guardian's PIN, stored only as a salted PBKDF2-SHA-256 hash (WebCrypto, so the same code
 * runs in the service worker, extension pages and Node tests). The PIN is short, so the hash must
 * be slow: a stolen record should cost an attacker real time per guess. Guessing through the UI
 * is stopped separately by the attempt limit (rate-limit.ts).
 */
const PIN_ALGORITHM = 'PBKDF2-SHA-256';
/**
 * Current work factor for new PINs (OWASP's figure for PBKDF2-HMAC-SHA-256). A PIN stored with
 * fewer (310,000 before) is hashed again at its next correct entry (family/unlock-with-pin.ts).
 */
export const PIN_ITERATIONS = 600_000;
/** A stored record below this is refused: it could only come from tampering or a bug. */
export const MIN_PIN_ITERATIONS = 200_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

/** 4 to 12 digits: easy on a phone-style keypad, and what older people already know from cards. */
const PinSchema = z.string().check(z.regex(/^\d{4,12}$/, 'The PIN must be 4 to 12 digits.'));

export const PinRecordSchema = z.object({
  algorithm: z.literal(PIN_ALGORITHM),
  iterations: z.int().check(z.gte(MIN_PIN_ITERATIONS), z.lte(10_000_000)),
  /** base64 */
  salt: z.string().check(z.minLength(16), z.maxLength(200)),
  /** base64 */
  hash: z.string().check(z.minLength(16), z.maxLength(200)),
});
export type PinRecord = z.infer<typeof PinRecordSchema>;

export function isValidPin(pin: string): boolean {
  return PinSchema.safeParse(pin).success;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const subtle = globalThis.crypto.subtle;
  const key = await subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, HASH_BITS);
  return new Uint8Array(bits);
}

/** Hashes a new PIN with a fresh random salt. Throws on a PIN that is not 4–12 digits. */
export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<PinRecord> {
  PinSchema.parse(pin);
  if (iterations < MIN_PIN_ITERATIONS) throw new RangeError(`at least ${MIN_PIN_ITERATIONS} iterations are required`);
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(pin, salt, iterations);
  return { algorithm: PIN_ALGORITHM, iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

/** Compares every byte whatever the first difference, so timing tells nothing about the hash. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

/** Whether `pin` matches the record. A malformed PIN or record is simply "no". */
export async function verifyPin(pin: string, record: unknown): Promise<boolean> {
  const parsed = PinRecordSchema.safeParse(record);
  if (!parsed.success || !isValidPin(pin)) return false;
  try {
    const expected = fromBase64(parsed.data.hash);
    const actual = await derive(pin, fromBase64(parsed.data.salt), parsed.data.iterations);
    return constantTimeEqual(actual, expected);
  } catch {
    return false;
  }
}
