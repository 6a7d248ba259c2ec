import { decodeBase64, encodeBase64 } from './base64.ts';
import type { FeedSignature } from './signed.ts';

/** A new signing key: the public half goes into pinned-keys.ts, the private half stays offline. */
export interface FeedKeyPair {
  /** Raw 32-byte Ed25519 public key, base64: the form PINNED_FEED_KEYS holds. */
  publicKey: string;
  /** PKCS#8 private key, base64: the form signFeedBody takes. */
  privateKeyPkcs8: string;
}

export async function generateFeedKeyPair(): Promise<FeedKeyPair> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const [publicRaw, privatePkcs8] = await Promise.all([
    crypto.subtle.exportKey('raw', pair.publicKey),
    crypto.subtle.exportKey('pkcs8', pair.privateKey),
  ]);
  return { publicKey: encodeBase64(new Uint8Array(publicRaw)), privateKeyPkcs8: encodeBase64(new Uint8Array(privatePkcs8)) };
}

/**
 * Signs a feed body with an Ed25519 private key (PKCS#8, base64) and returns the `.sig`
 * file content. Used by scripts/feed-sign.ts and by tests; the extension never signs.
 */
export async function signFeedBody(body: Uint8Array, privateKeyPkcs8Base64: string, keyId: string): Promise<string> {
  const pkcs8 = decodeBase64(privateKeyPkcs8Base64);
  if (pkcs8 === null) throw new Error('The private key is not base64.');
  const key = await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'Ed25519' }, false, ['sign']);
  const signature = new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, key, body as Uint8Array<ArrayBuffer>));
  const file: FeedSignature = { keyId, sig: encodeBase64(signature) };
  return JSON.stringify(file);
}
