/**
 * Public keys that may sign the project's own feeds, by key id (raw 32-byte Ed25519 keys,
 * base64). A feed signed with any other key is refused, so a compromised feed host cannot
 * serve its own list. To rotate: make a key pair with `npm run feed:sign -- keygen`, add its public
 * half here, ship a release, start signing with it, and remove the old key one release later.
 *
 * Private halves never enter this repository; whoever publishes the feed keeps them offline.
 */
export const PINNED_FEED_KEYS: Readonly<Record<string, string>> = Object.freeze({
  'ss-2026-1': 'lItYfBtuf8GtduiERTQ0ElGCW0L9owgoElvNneSOLEE=',
});
