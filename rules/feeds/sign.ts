import { decodeBase64, encodeBase64 } from './base64.ts';
import type { FeedSignature } from './signed.ts';

/**
 * Signs a feed body with an Ed25519 private key (PKCS#8, base64) and returns the `.sig`
 * file content. Used by the feed publishing tool and by tests; the extension never signs.
 */
export async function signFeedBody(body: Uint8Array, privateKeyPkcs8Base64: string, keyId: string): Promise<string> {
  const pkcs8 = decodeBase64(privateKeyPkcs8Base64);
  if (pkcs8 === null) throw new Error('The private key is not base64.');
  const key = await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'Ed25519' }, false, ['sign']);
  const signature = new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, key, body as Uint8Array<ArrayBuffer>));
  const file: FeedSignature = { keyId, sig: encodeBase64(signature) };
  return JSON.stringify(file);
}
