import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FeedError } from '../../../rules/feeds/errors.ts';
import { verifySignedFeed } from '../../../rules/feeds/signed.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const dir = mkdtempSync(path.join(tmpdir(), 'feed-sign-'));

function feedSign(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/feed-sign.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

function writeFeed(name: string, fields: Record<string, unknown>): string {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify({ format: 'scam-sentinel-feed', entries: ['fake-broker.example', 'not a host'], ...fields }));
  return file;
}

const keygen = feedSign(['keygen']);
const keys = JSON.parse(keygen.stdout) as { publicKey: string; privateKeyPkcs8: string };
const keyFile = path.join(dir, 'private.key');
writeFileSync(keyFile, keys.privateKeyPkcs8);
const NEXT_YEAR = new Date(Date.now() + 365 * 86_400_000).toISOString();

describe('npm run feed:sign', () => {
  it('makes a key pair whose public half is a raw 32-byte Ed25519 key', () => {
    expect(keygen.status).toBe(0);
    expect(Buffer.from(keys.publicKey, 'base64')).toHaveLength(32);
    expect(keygen.stderr).toContain('pinned-keys.ts');
  });

  it('signs a feed so that a build pinning the key accepts it, and no other build does', async () => {
    const feed = writeFeed('good.json', { version: 3, expires: NEXT_YEAR });
    const run = feedSign(['sign', feed, '--key-id', 'ss-test', '--private-key-file', keyFile, '--last-version', '2']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('version 3, 1 blocked');
    expect(run.stderr).toContain('1 invalid entries');
    const body = readFileSync(feed);
    const signature = readFileSync(`${feed}.sig`, 'utf8');
    const verified = await verifySignedFeed(body, signature, { keys: { 'ss-test': keys.publicKey } });
    expect(verified.block).toEqual(['fake-broker.example']);
    await expect(verifySignedFeed(body, signature)).rejects.toThrow(FeedError);
  });

  it('refuses to sign a feed the extension would refuse, and writes no signature', () => {
    const expired = writeFeed('expired.json', { version: 4, expires: '2020-01-01T00:00:00Z' });
    const stale = writeFeed('stale.json', { version: 4, expires: NEXT_YEAR });
    const cases = [
      { file: expired, extra: [], code: 'expired' },
      { file: stale, extra: ['--last-version', '5'], code: 'rollback' },
    ];
    for (const { file, extra, code } of cases) {
      const run = feedSign(['sign', file, '--key-id', 'ss-test', '--private-key-file', keyFile, ...extra]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`feed refused (${code})`);
      expect(existsSync(`${file}.sig`)).toBe(false);
    }
  });

  it('explains its usage when arguments are missing', () => {
    const run = feedSign(['sign', path.join(dir, 'good.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage:');
  });
});
