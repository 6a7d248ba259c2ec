/**
 * Publishing Scam Sentinel's own signed feed (format: rules/feeds/parsers/scam-sentinel.ts).
 *
 *   npm run feed:sign -- keygen
 *     prints a new key pair as JSON. Pin `publicKey` under a new key id in rules/feeds/pinned-keys.ts;
 *     keep `privateKeyPkcs8` offline, never in this repository.
 *   npm run feed:sign -- sign FEED.json --key-id ID --private-key-file FILE [--last-version N]
 *     signs FEED.json's exact bytes, verifies the pair as the extension will (format, version not below N, the
 *     one last published, not expired) and only then writes FEED.json.sig next to it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FeedError } from '../rules/feeds/errors.ts';
import { generateFeedKeyPair, signFeedBody } from '../rules/feeds/sign.ts';
import { verifySignedFeed } from '../rules/feeds/signed.ts';

async function publicKeyOf(privateKeyPkcs8: string): Promise<string> {
  const key = await crypto.subtle.importKey('pkcs8', Buffer.from(privateKeyPkcs8, 'base64'), { name: 'Ed25519' }, true, ['sign']);
  // A PKCS#8 Ed25519 key exports as JWK with its public half in `x` (base64url).
  const { x } = await crypto.subtle.exportKey('jwk', key);
  if (!x) throw new Error('the private key carries no public half');
  return Buffer.from(x, 'base64url').toString('base64');
}

async function sign(feedFile: string, keyId: string, privateKeyFile: string, lastVersion: number | undefined): Promise<void> {
  const body = readFileSync(feedFile);
  const privateKeyPkcs8 = readFileSync(privateKeyFile, 'utf8').trim();
  const signature = await signFeedBody(body, privateKeyPkcs8, keyId);
  // Verify before writing: a feed the extension would refuse must not be published.
  const feed = await verifySignedFeed(body, signature, { keys: { [keyId]: await publicKeyOf(privateKeyPkcs8) }, lastVersion });
  writeFileSync(`${feedFile}.sig`, signature);
  console.error(
    `${feedFile}.sig written: version ${feed.signed.version}, ${feed.block.length} blocked and ${feed.allow.length} allowed names` +
      (feed.skipped > 0 ? `, ${feed.skipped} invalid entries that readers will skip (e.g. ${feed.skippedSamples[0]})` : '') +
      `. Readers accept it only if key id "${keyId}" is pinned in their build.`,
  );
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'key-id': { type: 'string' }, 'private-key-file': { type: 'string' }, 'last-version': { type: 'string' } },
  });
  const [command, feedFile] = positionals;
  if (command === 'keygen') {
    console.log(JSON.stringify(await generateFeedKeyPair(), null, 2));
    console.error('Pin publicKey in rules/feeds/pinned-keys.ts under a new key id; keep privateKeyPkcs8 offline.');
    return 0;
  }
  if (command === 'sign' && feedFile && values['key-id'] && values['private-key-file']) {
    const lastVersion = values['last-version'] === undefined ? undefined : Number(values['last-version']);
    if (lastVersion !== undefined && !Number.isSafeInteger(lastVersion)) throw new Error('--last-version must be a whole number');
    await sign(feedFile, values['key-id'], values['private-key-file'], lastVersion);
    return 0;
  }
  console.error('usage: feed-sign keygen | feed-sign sign FEED.json --key-id ID --private-key-file FILE [--last-version N]');
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof FeedError ? `feed refused (${error.code}): ${error.message}` : `error: ${(error as Error).message}`);
    process.exit(1);
  },
);
