import { describe, expect, it } from 'vitest';
import { constantTimeEqual, hashPin, isValidPin, MIN_PIN_ITERATIONS, PIN_ITERATIONS, PinRecordSchema, verifyPin } from '@/rules/family/pin';

describe('guardian PIN hashing', () => {
  it('verifies the right PIN and refuses a wrong one', async () => {
    const record = await hashPin('4821');
    expect(await verifyPin('4821', record)).toBe(true);
    expect(await verifyPin('4822', record)).toBe(false);
    expect(await verifyPin('48210', record)).toBe(false);
  });

  it('stores a salted PBKDF2 hash, never the PIN, with a strong work factor', async () => {
    const record = await hashPin('123456');
    expect(PinRecordSchema.parse(record)).toEqual(record);
    expect(record.iterations).toBe(PIN_ITERATIONS);
    // OWASP's figure for PBKDF2-HMAC-SHA-256.
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(JSON.stringify(record)).not.toContain('123456');
    // Same PIN twice: different salts, so different hashes (no precomputed tables).
    const again = await hashPin('123456');
    expect(again.salt).not.toBe(record.salt);
    expect(again.hash).not.toBe(record.hash);
    expect(await verifyPin('123456', again)).toBe(true);
  });

  it('refuses PINs that are not 4 to 12 digits, when setting and when checking', async () => {
    for (const bad of ['123', '12a4', ' 1234', '1234567890123', '']) {
      expect(isValidPin(bad)).toBe(false);
      await expect(hashPin(bad)).rejects.toThrow();
    }
    const record = await hashPin('0000');
    expect(await verifyPin('0000 ', record)).toBe(false);
  });

  it('treats a damaged or weakened record as "no"', async () => {
    const record = await hashPin('2468');
    expect(await verifyPin('2468', { ...record, hash: 'not base64!!' + 'x'.repeat(20) })).toBe(false);
    expect(await verifyPin('2468', { ...record, iterations: MIN_PIN_ITERATIONS - 1 })).toBe(false);
    expect(await verifyPin('2468', { ...record, salt: 'AAAAAAAAAAAAAAAAAAAAAA==' })).toBe(false);
    expect(await verifyPin('2468', null)).toBe(false);
    await expect(hashPin('2468', 1000)).rejects.toThrow(RangeError);
  });

  it('compares hashes byte by byte whatever their length', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([]), new Uint8Array([0]))).toBe(false);
  });
});
