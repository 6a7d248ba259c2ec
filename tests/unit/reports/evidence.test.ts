import { describe, expect, it } from 'vitest';
import { addressesOnPage } from '@/rules/reports/addresses';
import { buildEvidence, type EvidenceSources } from '@/rules/reports/evidence';
import { pageFactsFromSnapshot } from '@/rules/reports/page-facts';
import { scamStatus } from './fixtures';

const NOW = new Date('2025-03-01T09:59:00.000Z');
const sources = (overrides: Partial<EvidenceSources> = {}): EvidenceSources => ({
  status: scamStatus(),
  facts: null,
  tabTitle: 'TradeProfit – AI trading',
  keepFullAddress: false,
  now: NOW,
  extensionVersion: '0.1.0',
  ...overrides,
});

describe('evidence for a report', () => {
  it('collects the stripped address, title, listing and page signals, time and version', () => {
    const evidence = buildEvidence(sources());
    expect(evidence).toEqual({
      url: 'https://trade-profit.example/login',
      keptQuery: false,
      host: 'trade-profit.example',
      pageTitle: 'TradeProfit – AI trading',
      signals: [
        { id: 'blocklist.listed', family: 'blocklist', weight: 100, evidence: 'trade-profit.example (CryptoScamDB)' },
        { id: 'returns.guaranteed', family: 'returns', weight: 30, evidence: 'guaranteed 300% profit' },
      ],
      addresses: [],
      capturedAt: '2025-03-01T09:59:00.000Z',
      extensionVersion: '0.1.0',
    });
  });

  it('keeps the query only when asked (never the password in the address)', () => {
    const evidence = buildEvidence(sources({ keepFullAddress: true }));
    expect(evidence.url).toBe('https://trade-profit.example/login?email=ann%40mail.it&ref=77#step2');
    expect(evidence.keptQuery).toBe(true);
  });

  it("prefers the content script's facts, with the crypto addresses it saw", () => {
    const facts = { title: 'Deposit now', addresses: [{ chain: 'tron' as const, address: 'TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE' }] };
    const evidence = buildEvidence(sources({ facts }));
    expect(evidence.pageTitle).toBe('Deposit now');
    expect(evidence.addresses).toEqual(facts.addresses);
  });

  it('does not take the title of our own warning page for the blocked site', () => {
    const evidence = buildEvidence(sources({ status: scamStatus({ kind: 'warning-page', verdict: null }), tabTitle: 'Warning: scam site blocked' }));
    expect(evidence.pageTitle).toBe('');
    expect(evidence.signals.map((signal) => signal.id)).toEqual(['blocklist.listed']);
  });

  it('refuses a tab without a web site', () => {
    expect(() => buildEvidence(sources({ status: scamStatus({ kind: 'other', url: null, host: null }) }))).toThrow(/no web site/);
  });
});

describe('crypto addresses on a page (rules/addresses extractor)', () => {
  it('keeps the payment address kinds a report shows, once each', () => {
    const text = `Send USDT (TRC20) to TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE or ETH to 0x52908400098527886E0F7030069857D2E4169EE7.
      BTC: bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq, legacy 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2.
      Again: 0x52908400098527886E0F7030069857D2E4169EE7`;
    expect(addressesOnPage(text)).toEqual([
      { chain: 'tron', address: 'TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE' },
      { chain: 'evm', address: '0x52908400098527886E0F7030069857D2E4169EE7' },
      { chain: 'bitcoin', address: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq' },
      { chain: 'bitcoin', address: '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2' },
    ]);
  });

  it('ignores ordinary long words, short hex and base58 look-alikes with a wrong checksum', () => {
    expect(addressesOnPage('Transnationalinternationalizations and 0x1234 and 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3')).toEqual([]);
  });

  it('stops at the limit', () => {
    const many = Array.from({ length: 80 }, (_, i) => `0x${(i + 1).toString(16).padStart(40, '1')}`).join(' ');
    expect(addressesOnPage(many, 50)).toHaveLength(50);
  });

  it('turns a page snapshot into page facts', () => {
    expect(pageFactsFromSnapshot({ title: '  Crypto\n  profits ', text: 'Pay to 0x52908400098527886E0F7030069857D2E4169EE7' })).toEqual({
      title: 'Crypto profits',
      addresses: [{ chain: 'evm', address: '0x52908400098527886E0F7030069857D2E4169EE7' }],
    });
  });
});
