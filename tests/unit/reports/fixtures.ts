import type { Report } from '@/rules/reports/schema';
import type { TabStatus } from '@/rules/status';

/** A listed scam site's status, with a page verdict, as the background would give it. */
export function scamStatus(overrides: Partial<TabStatus> = {}): TabStatus {
  return {
    kind: 'web',
    url: 'https://user:pw@trade-profit.example/login?email=ann%40mail.it&ref=77#step2',
    host: 'trade-profit.example',
    level: 'danger',
    listing: { matched: 'trade-profit.example', source: 'CryptoScamDB' },
    allowedForSession: false,
    pageChecked: true,
    siteAccess: true,
    verdict: { level: 'warning', score: 40, signals: [{ id: 'returns.guaranteed', family: 'returns', weight: 30, evidence: 'guaranteed 300% profit' }] },
    ...overrides,
  };
}

export function sampleReport(overrides: Partial<Report> = {}): Report {
  return {
    id: 'r-1',
    createdAt: '2025-03-01T10:00:00.000Z',
    kind: 'fake-trading',
    lostMoney: true,
    notes: 'A man called "Mark" said to install AnyDesk',
    evidence: {
      url: 'https://trade-profit.example/login',
      keptQuery: false,
      host: 'trade-profit.example',
      pageTitle: 'TradeProfit – AI trading',
      signals: [{ id: 'returns.guaranteed', family: 'returns', weight: 30, evidence: 'guaranteed 300% profit' }],
      addresses: [{ chain: 'evm', address: '0x52908400098527886E0F7030069857D2E4169EE7' }],
      capturedAt: '2025-03-01T09:59:00.000Z',
      extensionVersion: '0.1.0',
    },
    deliveries: {},
    ...overrides,
  };
}
