import { describe, expect, it } from 'vitest';
import { openReportStore } from '@/entrypoints/background/reports/store';
import { DEFAULT_FEEDS } from '@/rules/feeds-config/default-feeds';
import { REPORTS_CSV_HEADER, reportsToCsv, reportsToJson } from '@/rules/reports/export';
import { listContacts } from '@/rules/reports/list-contacts';
import { netcraftBody } from '@/rules/reports/netcraft';
import { organisationBody } from '@/rules/reports/organisation';
import { destinationsFor, FALSE_POSITIVE, REPORT_KINDS, ReportSchema, type Report } from '@/rules/reports/schema';
import { sampleReport } from './fixtures';

/** "This warning is a mistake" on a site two lists name (one of them a feed the user added). */
function mistakeReport(overrides: Partial<Report> = {}): Report {
  const base = sampleReport();
  return sampleReport({
    id: 'fp-1',
    kind: FALSE_POSITIVE,
    lostMoney: false,
    notes: 'My bank, I have used it for years',
    evidence: {
      ...base.evidence,
      url: 'https://honest-bank.example/',
      host: 'honest-bank.example',
      signals: [{ id: 'blocklist.listed', family: 'blocklist', weight: 100, evidence: 'honest-bank.example (MetaMask phishing list, my-feed.example (list.txt))' }],
      addresses: [],
    },
    ...overrides,
  });
}

describe('false-positive reports', () => {
  it('are a report kind of their own, and reports stored before it existed still read', () => {
    expect(ReportSchema.parse(mistakeReport()).kind).toBe('false-positive');
    for (const kind of REPORT_KINDS) expect(ReportSchema.safeParse(sampleReport({ kind })).success).toBe(true);
    expect(REPORT_KINDS).not.toContain(FALSE_POSITIVE);
  });

  it('are kept in the same store, next to older scam reports', async () => {
    const store = openReportStore('reports-false-positive-test');
    await store.put(sampleReport({ id: 'old-scam', createdAt: '2025-01-01T00:00:00.000Z' }));
    await store.put(mistakeReport({ createdAt: '2025-02-01T00:00:00.000Z' }));
    expect((await store.list()).map((report) => [report.id, report.kind])).toEqual([
      ['fp-1', 'false-positive'],
      ['old-scam', 'fake-trading'],
    ]);
  });

  it('name each list that lists the site, with its real project page when known', () => {
    const metamask = DEFAULT_FEEDS.find((feed) => feed.id === 'metamask')!;
    expect(listContacts(mistakeReport().evidence.signals)).toEqual([
      { name: 'MetaMask phishing list', homepage: metamask.homepage },
      { name: 'my-feed.example (list.txt)', homepage: null },
    ]);
    expect(metamask.homepage).toBe('https://github.com/MetaMask/eth-phishing-detect');
    expect(listContacts(sampleReport().evidence.signals)).toEqual([]);
    for (const feed of DEFAULT_FEEDS) expect(feed.homepage).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
  });

  it('go only to the organisation, never to Netcraft (it takes reports of scam sites)', () => {
    expect(destinationsFor(mistakeReport())).toEqual(['organisation']);
    expect(destinationsFor(sampleReport())).toEqual(['netcraft', 'organisation']);
    expect(() => netcraftBody(mistakeReport(), 'ann@mail.example')).toThrow();
    expect(organisationBody(mistakeReport()).report.kind).toBe('false-positive');
  });

  it('show their kind and the lists to contact in the CSV and JSON exports', () => {
    const rows = reportsToCsv([mistakeReport(), sampleReport()]).split('\r\n');
    const column = REPORTS_CSV_HEADER.indexOf('lists_to_contact');
    expect(rows[0]!.split(',')[column]).toBe('lists_to_contact');
    expect(rows[1]).toContain('false-positive');
    expect(rows[1]).toContain('MetaMask phishing list <https://github.com/MetaMask/eth-phishing-detect> | my-feed.example (list.txt)');
    const exported = JSON.parse(reportsToJson([mistakeReport(), sampleReport()], new Date('2025-03-02T00:00:00Z'))) as { reports: Record<string, unknown>[] };
    expect(exported.reports[0]).toMatchObject({ kind: 'false-positive', listsToContact: [{ name: 'MetaMask phishing list', homepage: 'https://github.com/MetaMask/eth-phishing-detect' }, { name: 'my-feed.example (list.txt)', homepage: null }] });
    expect(exported.reports[1]).not.toHaveProperty('listsToContact');
  });
});
