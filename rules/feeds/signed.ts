import { decodeBase64, encodeBase64 } from './base64.ts';
import { FeedError } from './errors.ts';
import { parseFeed } from './parse.ts';
import { PINNED_FEED_KEYS } from './pinned-keys.ts';
import type { ParsedFeed, ParseOptions, SignedFeedInfo } from './types.ts';

/**
 * The project's own feeds are a JSON body (see parsers/scam-sentinel.ts) plus a detached
 * Ed25519 signature served at `<feed url>.sig`:
 *   {"keyId": "ss-2026-1", "sig": "<base64 of the 64-byte signature over the exact body bytes>"}
 * Verification uses WebCrypto (Node 20, Chrome 137+, Firefox 129+) against PINNED_FEED_KEYS.
 */
export interface FeedSignature {
  keyId: string;
  sig: string;
}

interface VerifyOptions {
  /** keyId → raw Ed25519 public key, base64. Defaults to the keys pinned in this build. */
  keys?: Readonly<Record<string, string>>;
  /**
   * An administrator's key for this feed (raw Ed25519, base64): the only key accepted, whatever
   * key id the signature names. Replaces `keys` for this one feed.
   */
  requiredKey?: string;
  /** The highest version accepted for this feed; an older one is a rollback and is refused. */
  lastVersion?: number;
  /**
   * SHA-256 (base64) of the body accepted at `lastVersion`: that version number with any other
   * content is refused too, or a publisher's old key or a mirror could re-sign a changed list
   * under a number already used.
   */
  lastDigest?: string;
  /** Current time (ms since epoch or Date), for the expiry check. Defaults to now. */
  now?: number | Date;
  /** Caps and other parse options (the format is fixed). */
  parse?: Omit<ParseOptions, 'format' | 'signatureVerified'>;
}

export interface VerifiedFeed extends ParsedFeed {
  /** `digest`: SHA-256 of the body, base64, to store with the version as the new lastDigest. */
  signed: SignedFeedInfo & { keyId: string; digest: string };
}

/** Reads a `.sig` file. Throws FeedError 'malformed-signature'. */
function parseSignatureFile(text: string): FeedSignature {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new FeedError('malformed-signature', 'The feed signature file is not valid JSON.');
  }
  const record = (value ?? {}) as Record<string, unknown>;
  if (typeof record.keyId !== 'string' || typeof record.sig !== 'string' || record.keyId === '') {
    throw new FeedError('malformed-signature', 'The feed signature file needs "keyId" and "sig".');
  }
  return { keyId: record.keyId, sig: record.sig };
}

/**
 * Checks the signature of a feed body, then parses it and applies the rollback and expiry
 * rules. Resolves to the parsed feed (with `signed.version` and `signed.digest`, which the
 * caller must store as the new `lastVersion` / `lastDigest`), or rejects with FeedError:
 * 'malformed-signature', 'unknown-key', 'bad-signature', 'malformed', 'rollback',
 * 'version-reused' or 'expired'.
 */
export async function verifySignedFeed(
  body: Uint8Array | ArrayBuffer,
  signature: string | FeedSignature,
  options: VerifyOptions = {},
): Promise<VerifiedFeed> {
  const { keyId, sig } = typeof signature === 'string' ? parseSignatureFile(signature) : signature;
  const keys = options.keys ?? PINNED_FEED_KEYS;
  const publicKey = options.requiredKey ?? (Object.hasOwn(keys, keyId) ? keys[keyId] : undefined);
  if (publicKey === undefined) {
    throw new FeedError('unknown-key', `The feed is signed with a key this version does not know (${keyId.slice(0, 40)}).`);
  }
  const signatureBytes = decodeBase64(sig);
  if (signatureBytes === null || signatureBytes.length !== 64) {
    throw new FeedError('malformed-signature', 'The feed signature is not a base64 Ed25519 signature.');
  }
  const bytes = body instanceof Uint8Array ? body : new Uint8Array(body);
  const key = await importPublicKey(keyId, publicKey);
  const valid = await crypto.subtle.verify({ name: 'Ed25519' }, key, signatureBytes, bytes as Uint8Array<ArrayBuffer>);
  if (!valid) throw new FeedError('bad-signature', 'The feed signature does not match its content.');

  const parsed = parseFeed(decodeUtf8(bytes), { ...options.parse, format: 'scam-sentinel-feed', signatureVerified: true });
  const info = parsed.signed!;
  if (options.lastVersion !== undefined && info.version < options.lastVersion) {
    throw new FeedError('rollback', `The feed is version ${info.version}, older than version ${options.lastVersion} already in use.`);
  }
  const digest = encodeBase64(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));
  if (info.version === options.lastVersion && options.lastDigest !== undefined && digest !== options.lastDigest) {
    throw new FeedError('version-reused', `The feed is version ${info.version}, the version already in use, but its content differs.`);
  }
  const now = options.now === undefined ? Date.now() : +options.now;
  if (Date.parse(info.expires) <= now) {
    throw new FeedError('expired', `The feed expired on ${info.expires}.`);
  }
  return { ...parsed, signed: { ...info, keyId, digest } };
}

const importedKeys = new Map<string, Promise<CryptoKey>>();

function importPublicKey(keyId: string, publicKeyBase64: string): Promise<CryptoKey> {
  const cacheKey = `${keyId}:${publicKeyBase64}`;
  let key = importedKeys.get(cacheKey);
  if (key === undefined) {
    const raw = decodeBase64(publicKeyBase64);
    if (raw === null || raw.length !== 32) {
      return Promise.reject(new FeedError('unknown-key', `The signing key for ${keyId.slice(0, 40)} is not a raw Ed25519 key.`));
    }
    key = crypto.subtle.importKey('raw', raw, { name: 'Ed25519' }, false, ['verify']);
    importedKeys.set(cacheKey, key);
  }
  return key;
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FeedError('malformed', 'The feed is not valid UTF-8 text.');
  }
}
