import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '@/rules/reports/csv';
import { REPORTS_CSV_HEADER, reportsToCsv } from '@/rules/reports/export';
import { sampleReport } from './fixtures';

/** A small RFC 4180 reader, to check that what is written reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (cell += '"'), (i += 1);
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(cell), (cell = '');
    else if (char === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), (i += 1);
    else cell += char;
  }
  return rows;
}

describe('CSV export', () => {
  it('quotes commas, quotes and line breaks so the cells read back unchanged', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
    const tricky = ['a,b', 'say "hi"', 'two\r\nlines', ' padded ', ''];
    expect(parseCsv(toCsv(['h1', 'h2', 'h3', 'h4', 'h5'], [tricky]))[1]).toEqual(tricky);
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    for (const attack of ['=cmd|\' /C calc\'!A0', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      const written = parseCsv(toCsv(['x'], [[attack]]))[1]![0]!;
      expect(written.startsWith("'")).toBe(true);
      expect(written.slice(1)).toBe(attack);
    }
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(csvCell('safe = text')).toBe('safe = text');
  });

  it('writes one row per report with every column, even with a hostile page title', () => {
    const hostile = sampleReport({ id: 'r-2', evidence: { ...sampleReport().evidence, pageTitle: '=IMPORTXML("http://x","//a"), "Best" broker\nTrade' } });
    const rows = parseCsv(reportsToCsv([sampleReport(), hostile]));
    expect(rows[0]).toEqual([...REPORTS_CSV_HEADER]);
    expect(rows).toHaveLength(3);
    const column = (name: (typeof REPORTS_CSV_HEADER)[number]) => REPORTS_CSV_HEADER.indexOf(name);
    expect(rows[1]![column('url')]).toBe('https://trade-profit.example/login');
    expect(rows[1]![column('lost_money')]).toBe('yes');
    expect(rows[1]![column('status')]).toBe('saved');
    expect(rows[1]![column('crypto_addresses')]).toBe('evm:0x52908400098527886E0F7030069857D2E4169EE7');
    expect(rows[2]![column('page_title')]).toBe('\'=IMPORTXML("http://x","//a"), "Best" broker\nTrade');
  });
});
