import { describe, expect, it } from 'vitest';
import { PINNED_FEED_KEYS } from '../../../rules/feeds/pinned-keys.ts';
import { generateFeedKeyPair, signFeedBody } from '../../../rules/feeds/sign.ts';
import { verifySignedFeed } from '../../../rules/feeds/signed.ts';
import { TEST_KEY_ID, TEST_KEYS, TEST_PRIVATE_KEY_PKCS8 } from './test-signing-key.ts';

const NOW = Date.parse('2026-06-01T00:00:00Z');
const encode = (text: string) => new TextEncoder().encode(text);

function feedBody(fields: Record<string, unknown> = {}): Uint8Array {
  return encode(
    JSON.stringify({
      format: 'scam-sentinel-feed',
      version: 7,
      expires: '2026-06-02T00:00:00Z',
      entries: ['scam-broker.example', 'https://fake-exchange.example/', 'co.uk', 'not a host'],
      allow: ['real-exchange.example'],
      ...fields,
    }),
  );
}

async function signed(body: Uint8Array) {
  return { body, sig: await signFeedBody(body, TEST_PRIVATE_KEY_PKCS8, TEST_KEY_ID) };
}

async function failureCode(run: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await run();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe('verifySignedFeed', () => {
  it('accepts a correctly signed, current feed and parses it', async () => {
    const { body, sig } = await signed(feedBody());
    const feed = await verifySignedFeed(body, sig, { keys: TEST_KEYS, now: NOW, lastVersion: 6 });
    expect(feed.format).toBe('scam-sentinel-feed');
    const digest = Buffer.from(await crypto.subtle.digest('SHA-256', body as Uint8Array<ArrayBuffer>)).toString('base64');
    expect(feed.signed).toEqual({ version: 7, expires: '2026-06-02T00:00:00Z', keyId: TEST_KEY_ID, digest });
    expect(feed.block).toEqual(['scam-broker.example', 'fake-exchange.example']);
    expect(feed.allow).toEqual(['real-exchange.example']);
    expect(feed.skipped).toBe(2);
  });

  it('accepts the same version again (a re-download), and an ArrayBuffer body', async () => {
    const { body, sig } = await signed(feedBody());
    const feed = await verifySignedFeed(body.slice().buffer, sig, { keys: TEST_KEYS, now: NOW, lastVersion: 7 });
    expect(feed.signed.version).toBe(7);
  });

  it('rejects a bad signature', async () => {
    const { body } = await signed(feedBody());
    const other = await signed(feedBody({ version: 8 }));
    expect(await failureCode(() => verifySignedFeed(body, other.sig, { keys: TEST_KEYS, now: NOW }))).toBe('bad-signature');
  });

  it('rejects a body changed after signing, even by one byte', async () => {
    const { body, sig } = await signed(feedBody());
    const tampered = body.slice();
    tampered[tampered.length - 3]! ^= 1;
    expect(await failureCode(() => verifySignedFeed(tampered, sig, { keys: TEST_KEYS, now: NOW }))).toBe('bad-signature');
    const appended = new Uint8Array([...body, 32]);
    expect(await failureCode(() => verifySignedFeed(appended, sig, { keys: TEST_KEYS, now: NOW }))).toBe('bad-signature');
  });

  it('rejects an unknown key id, and the test key in a real build', async () => {
    const { body, sig } = await signed(feedBody());
    const renamed = JSON.stringify({ ...JSON.parse(sig), keyId: 'someone-else' });
    expect(await failureCode(() => verifySignedFeed(body, renamed, { keys: TEST_KEYS, now: NOW }))).toBe('unknown-key');
    expect(await failureCode(() => verifySignedFeed(body, sig, { now: NOW }))).toBe('unknown-key');
    expect(Object.keys(PINNED_FEED_KEYS)).not.toContain(TEST_KEY_ID);
    const proto = JSON.stringify({ ...JSON.parse(sig), keyId: 'toString' });
    expect(await failureCode(() => verifySignedFeed(body, proto, { keys: TEST_KEYS, now: NOW }))).toBe('unknown-key');
  });

  it('rejects a rollback to an older version', async () => {
    const { body, sig } = await signed(feedBody({ version: 5 }));
    expect(await failureCode(() => verifySignedFeed(body, sig, { keys: TEST_KEYS, now: NOW, lastVersion: 6 }))).toBe('rollback');
  });

  it('rejects the version already in use with different content, accepts it with the same content', async () => {
    const first = await signed(feedBody());
    const { signed: info } = await verifySignedFeed(first.body, first.sig, { keys: TEST_KEYS, now: NOW });
    const same = { keys: TEST_KEYS, now: NOW, lastVersion: 7, lastDigest: info.digest };
    expect((await verifySignedFeed(first.body, first.sig, same)).signed.version).toBe(7);
    const changed = await signed(feedBody({ entries: ['someone-else.example'] }));
    expect(await failureCode(() => verifySignedFeed(changed.body, changed.sig, same))).toBe('version-reused');
  });

  it('with an administrator\'s key, accepts only lists that key signed, whatever key id they name', async () => {
    const admin = await generateFeedKeyPair();
    const body = feedBody();
    const byAdmin = await signFeedBody(body, admin.privateKeyPkcs8, 'any-name');
    expect((await verifySignedFeed(body, byAdmin, { requiredKey: admin.publicKey, now: NOW })).signed.keyId).toBe('any-name');
    // The test key is "known" through `keys`, but the administrator named another one.
    const byOther = await signFeedBody(body, TEST_PRIVATE_KEY_PKCS8, TEST_KEY_ID);
    expect(await failureCode(() => verifySignedFeed(body, byOther, { keys: TEST_KEYS, requiredKey: admin.publicKey, now: NOW }))).toBe('bad-signature');
  });

  it('rejects an expired feed', async () => {
    const { body, sig } = await signed(feedBody({ expires: '2026-05-31T23:59:59Z' }));
    expect(await failureCode(() => verifySignedFeed(body, sig, { keys: TEST_KEYS, now: NOW }))).toBe('expired');
  });

  it('rejects malformed signature files and signed bodies that break the format', async () => {
    const { body, sig } = await signed(feedBody());
    for (const bad of ['', 'not json', '{"keyId":"test-only-1"}', JSON.stringify({ keyId: TEST_KEY_ID, sig: 'AAAA' })]) {
      expect(await failureCode(() => verifySignedFeed(body, bad, { keys: TEST_KEYS, now: NOW }))).toBe('malformed-signature');
    }
    expect(await failureCode(() => verifySignedFeed(body, sig, { keys: { [TEST_KEY_ID]: 'AAAA' }, now: NOW }))).toBe('unknown-key');
    const noVersion = await signed(feedBody({ version: 'seven' }));
    expect(await failureCode(() => verifySignedFeed(noVersion.body, noVersion.sig, { keys: TEST_KEYS, now: NOW }))).toBe('malformed');
    const otherFormat = await signed(encode('["scam.example"]'));
    expect(await failureCode(() => verifySignedFeed(otherFormat.body, otherFormat.sig, { keys: TEST_KEYS, now: NOW }))).toBe('malformed');
  });

  it('ships one well-formed production key', () => {
    const keys = Object.entries(PINNED_FEED_KEYS);
    expect(keys.length).toBeGreaterThanOrEqual(1);
    for (const [, key] of keys) expect(Buffer.from(key, 'base64')).toHaveLength(32);
  });
});
