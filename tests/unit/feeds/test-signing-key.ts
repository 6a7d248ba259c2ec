/**
 * TEST-ONLY Ed25519 key pair for the signed-feed tests. It is NOT pinned in the extension
 * (rules/feeds/pinned-keys.ts), so nothing signed with it is ever accepted by a real build.
 * The production private key is not in this repository.
 */
export const TEST_KEY_ID = 'test-only-1';
export const TEST_PUBLIC_KEY = 'f5dHYymW4Hm5sgcsds049Q5Z2lB0k2Ki329LlW1WVVg=';
export const TEST_PRIVATE_KEY_PKCS8 = 'MC4CAQAwBQYDK2VwBCIEINJhbMKTD22C7H1phmXsEdVYLtRwNTLaPHDfaS+JUdpr';
export const TEST_KEYS: Readonly<Record<string, string>> = { [TEST_KEY_ID]: TEST_PUBLIC_KEY };
