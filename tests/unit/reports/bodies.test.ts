import { describe, expect, it } from 'vitest';
import { EndpointUrlSchema, endpointProblem, OrganisationEndpointSettingSchema } from '@/rules/reports/endpoint';
import { reportsToJson } from '@/rules/reports/export';
import { countryOfLocale, MAX_REASON_CHARS, netcraftBody, NetcraftBodySchema } from '@/rules/reports/netcraft';
import { organisationBody, OrganisationBodySchema } from '@/rules/reports/organisation';
import { ReportSchema } from '@/rules/reports/schema';
import { sampleReport } from './fixtures';

describe("Netcraft's request body", () => {
  it('has the documented shape: email, reason, one url with an optional country', () => {
    const body = netcraftBody(sampleReport(), 'ann@mail.it', 'IT');
    expect(Object.keys(body).sort()).toEqual(['email', 'reason', 'urls']);
    expect(body.email).toBe('ann@mail.it');
    expect(body.urls).toEqual([{ url: 'https://trade-profit.example/login', country: 'IT' }]);
    expect(body.reason).toContain('fake trading / investment platform');
    expect(body.reason).toContain('lost money');
    expect(body.reason).toContain('returns.guaranteed ("guaranteed 300% profit")');
    expect(body.reason).toContain('evm 0x52908400098527886E0F7030069857D2E4169EE7');
    expect(body.reason).toContain('Reporter\'s notes: A man called "Mark" said to install AnyDesk');
    expect(netcraftBody(sampleReport(), 'ann@mail.it').urls).toEqual([{ url: 'https://trade-profit.example/login' }]);
  });

  it('refuses a missing email and clips an over-long reason', () => {
    expect(() => netcraftBody(sampleReport(), '')).toThrow();
    const long = netcraftBody(sampleReport({ notes: 'x'.repeat(2000), evidence: { ...sampleReport().evidence, pageTitle: 'y'.repeat(300) } }), 'a@b.co');
    expect(long.reason.length).toBeLessThanOrEqual(MAX_REASON_CHARS);
    expect(NetcraftBodySchema.safeParse({ ...long, extra: 1 }).success).toBe(false);
  });

  it('takes the country from the browser locale when it has one', () => {
    expect(countryOfLocale('it-IT')).toBe('IT');
    expect(countryOfLocale('de_AT')).toBe('AT');
    expect(countryOfLocale('fr')).toBeUndefined();
  });
});

describe("the organisation endpoint's body", () => {
  it('is versioned, carries the report and evidence, and never the Netcraft email', () => {
    const report = sampleReport({
      deliveries: { netcraft: { status: 'queued', attempts: 0, nextAttemptAt: 0, lastError: null, sentAt: null, endpoint: 'https://report.netcraft.com/api/v3/report/urls', email: 'ann@mail.it' } },
    });
    const body = organisationBody(report);
    expect(OrganisationBodySchema.parse(JSON.parse(JSON.stringify(body)))).toEqual(body);
    expect(body).toMatchObject({ format: 'scam-sentinel-report', version: 1, report: { id: 'r-1', kind: 'fake-trading', lostMoney: true } });
    expect(JSON.stringify(body)).not.toContain('ann@mail.it');
    expect('screenshot' in body.report).toBe(false);
    const withPicture = organisationBody({ ...report, screenshot: 'data:image/jpeg;base64,AAAA' });
    expect(withPicture.report.screenshot).toBe('data:image/jpeg;base64,AAAA');
  });

  it('refuses bodies that do not follow the schema', () => {
    const body = organisationBody(sampleReport());
    expect(OrganisationBodySchema.safeParse({ ...body, version: 2 }).success).toBe(false);
    expect(OrganisationBodySchema.safeParse({ ...body, report: { ...body.report, kind: 'spam' } }).success).toBe(false);
  });
});

describe('where reports may be sent', () => {
  it('accepts https anywhere and plain http only on this computer', () => {
    expect(endpointProblem('https://reports.example.org/in')).toBeNull();
    expect(endpointProblem('http://127.0.0.1:8080/in')).toBeNull();
    expect(endpointProblem('http://localhost/in')).toBeNull();
    expect(endpointProblem('http://[::1]:9/in')).toBeNull();
    expect(endpointProblem('http://reports.example.org/in')).toMatch(/https/);
    expect(endpointProblem('http://127.0.0.1.evil.example/in')).toMatch(/https/);
    expect(endpointProblem('ftp://reports.example.org')).toMatch(/https/);
    expect(endpointProblem('https://user:pw@reports.example.org')).toMatch(/password/);
    expect(endpointProblem('not a url')).toBe('not a web address');
    expect(EndpointUrlSchema.safeParse('javascript:alert(1)').success).toBe(false);
    expect(OrganisationEndpointSettingSchema.safeParse('').success).toBe(true);
  });
});

describe('reports', () => {
  it('refuse a screenshot that is not a PNG or JPEG data URL', () => {
    expect(ReportSchema.safeParse({ ...sampleReport(), screenshot: 'data:image/svg+xml;base64,PHN2Zz4=' }).success).toBe(false);
    expect(ReportSchema.safeParse({ ...sampleReport(), screenshot: 'https://evil.example/x.png' }).success).toBe(false);
    expect(ReportSchema.safeParse({ ...sampleReport(), screenshot: 'data:image/png;base64,iVBORw0KGgo=' }).success).toBe(true);
  });

  it('export as JSON with their status, without the email given for Netcraft', () => {
    const report = sampleReport({
      deliveries: { netcraft: { status: 'sent', attempts: 1, nextAttemptAt: null, lastError: null, sentAt: '2025-03-01T10:01:00.000Z', endpoint: 'https://report.netcraft.com/api/v3/report/urls', email: 'ann@mail.it' } },
    });
    const parsed = JSON.parse(reportsToJson([report], new Date('2025-03-02T00:00:00.000Z')));
    expect(parsed).toMatchObject({ format: 'scam-sentinel-reports', version: 1, exportedAt: '2025-03-02T00:00:00.000Z' });
    expect(parsed.reports[0]).toMatchObject({ id: 'r-1', status: 'sent', deliveries: { netcraft: { status: 'sent', attempts: 1 } } });
    expect(JSON.stringify(parsed)).not.toContain('ann@mail.it');
  });
});
