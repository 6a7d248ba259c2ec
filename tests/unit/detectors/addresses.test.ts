import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeBase58Check } from '../../../rules/addresses/base58.ts';
import { isValidBech32 } from '../../../rules/addresses/bech32.ts';
import { extractAddresses, hasAddressSizedRun } from '../../../rules/addresses/extract.ts';
import { setKnownScamAddresses } from '../../../rules/addresses/known-scam.ts';
import { POLKADOT_SCAM_ADDRESSES } from '../../../rules/addresses/polkadot-scam-addresses.ts';
import { sha256 } from '../../../rules/addresses/sha256.ts';
import { detectAddresses } from '../../../rules/engine/detectors/addresses.ts';
import { ids, pageContext, readCorpus, corpusContext, SHARED } from './helpers.ts';

const BTC_P2PKH = '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2';
const BTC_P2SH = '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy';
const BTC_BECH32 = 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq';
const BTC_TAPROOT = 'bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297';
const TRON = 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t';
const EVM = '0x52908400098527886E0F7030069857D2E4169EE7';
const lastCharChanged = (s: string) => s.slice(0, -1) + (s.endsWith('2') ? '3' : s.endsWith('q') ? 'p' : '2');

afterEach(() => setKnownScamAddresses([]));

describe('address extraction', () => {
  it('finds checksum-valid BTC (P2PKH, P2SH, bech32, bech32m), TRON and EVM addresses', () => {
    const text = `Pay to ${BTC_P2PKH}, ${BTC_P2SH} or ${BTC_BECH32} / ${BTC_TAPROOT}. USDT: ${TRON}. ETH: ${EVM}.`;
    expect(extractAddresses(text).map((a) => [a.kind, a.address])).toEqual([
      ['btc', BTC_P2PKH], ['btc', BTC_P2SH], ['btc', BTC_BECH32], ['btc', BTC_TAPROOT], ['tron', TRON], ['evm', EVM],
    ]);
  });

  it('rejects wrong checksums, mixed-case bech32 and look-alike words', () => {
    const bad = [BTC_P2PKH, BTC_P2SH, BTC_BECH32, TRON].map(lastCharChanged);
    const mixed = 'bc1qAr0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq';
    const words = 'Supercalifragilisticexpialidocious1234567 0x1234 TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT';
    expect(extractAddresses(`${bad.join(' ')} ${mixed} ${words}`)).toEqual([]);
  });

  it('does not find addresses glued inside longer tokens, and ignores famous example addresses', () => {
    expect(extractAddresses(`x${EVM}ff and ${EVM}0`)).toEqual([]);
    expect(extractAddresses('Genesis: 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa')).toEqual([]);
  });

  it('the quick pre-check agrees with a plain scan for a 25-character letter/digit run', () => {
    const alphabet = fc.constantFrom('a', 'Z', '7', '0', 'x', ' ', '-', '.', 'é', '\n');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 400 }).map((chars) => chars.join('')), fc.nat(60), (noise, runLength) => {
        const text = `${noise.slice(0, noise.length >> 1)} ${'b'.repeat(runLength)} ${noise.slice(noise.length >> 1)}`;
        expect(hasAddressSizedRun(text)).toBe(/[A-Za-z0-9]{25}/.test(text));
      }),
    );
    for (const address of [BTC_P2PKH, BTC_BECH32, TRON, EVM]) {
      expect(hasAddressSizedRun(`send to ${address}.`)).toBe(true);
    }
    expect(hasAddressSizedRun(`${'a'.repeat(24)} ${'b'.repeat(24)}`)).toBe(false);
  });

  it('base58check, bech32 and sha256 agree with known vectors', () => {
    expect(Buffer.from(sha256(new TextEncoder().encode('abc'))).toString('hex')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(decodeBase58Check(BTC_P2PKH)?.[0]).toBe(0);
    expect(decodeBase58Check(TRON)?.[0]).toBe(0x41);
    expect(isValidBech32(BTC_BECH32.toUpperCase(), 'bc')).toBe(true);
    expect(isValidBech32(BTC_BECH32, 'tb')).toBe(false);
  });
});

describe('address signals', () => {
  it.each([
    ['en', `To activate your account, deposit 500 USDT (TRC20) to ${TRON}`],
    ['it', `Per sbloccare il prelievo versate la commissione a questo indirizzo: ${BTC_BECH32}`],
    ['fr', `Envoyez le paiement à l'adresse ${EVM} pour activer le compte.`],
    ['de', `Bitte senden Sie die Einzahlung an ${BTC_P2PKH}.`],
    ['es', `Envíe el pago a la dirección ${TRON} para liberar sus fondos.`],
  ])('a deposit address with payment wording is a weak signal (%s)', (_lang, text) => {
    const signals = detectAddresses(pageContext({ text }));
    expect(ids(signals)).toEqual(['addresses.deposit']);
    expect(signals[0]!.weight).toBeLessThan(2);
  });

  it('an address introduced as an example on an educational page gives no signal', () => {
    const text = `A Bitcoin address looks like this, for example: ${BTC_BECH32}. Anyone can send bitcoin to it.`;
    expect(detectAddresses(pageContext({ text }))).toEqual([]);
  });

  it('a known scam address is decisive, unless the page warns about it', () => {
    setKnownScamAddresses([EVM.toLowerCase()]);
    expect(ids(detectAddresses(pageContext({ text: `Send ETH to ${EVM} to claim the airdrop` })))).toEqual([
      'addresses.deposit',
      'addresses.known_scam',
    ]);
    const warning = `Reported scam: victims sent funds to ${EVM}. Beware of this address.`;
    expect(ids(detectAddresses(pageContext({ text: warning })))).not.toContain('addresses.known_scam');
  });

  it('bundles the polkadot-js (Apache-2.0) scam addresses, and exactly them', () => {
    const source = JSON.parse(readFileSync(path.join(SHARED, 'lists/polkadot-js-phishing/address.json'), 'utf8')) as Record<string, string[]>;
    expect(new Set(POLKADOT_SCAM_ADDRESSES)).toEqual(new Set(Object.values(source).flat()));
    const dot = POLKADOT_SCAM_ADDRESSES[0]!;
    expect(ids(detectAddresses(pageContext({ text: `Claim your DOT airdrop: send 1 DOT to ${dot}` })))).toEqual(['addresses.known_scam']);
  });

  it('loads the GPL ScamSniffer list at run time and never flags a legitimate corpus page', () => {
    const scamsniffer = JSON.parse(readFileSync(path.join(SHARED, 'lists/scamsniffer-scam-database/address.json'), 'utf8')) as string[];
    setKnownScamAddresses(scamsniffer);
    for (const record of readCorpus('legit-pages')) {
      expect(ids(detectAddresses(corpusContext(record))), record.id).not.toContain('addresses.known_scam');
    }
    const scams = readCorpus('scam-pages').filter((r) => detectAddresses(corpusContext(r)).length > 0);
    expect(scams.map((r) => r.kind)).toContain('recovery'); // "Pay Recovery Fee: deposit $500 USDT TRC20 …"
  });
});
