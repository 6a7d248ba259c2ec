import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

function scan(args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scan.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  const lines = run.stdout.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code: run.status, lines, stderr: run.stderr };
}

describe('npm run scan', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'scan-'));
  const htmlFile = path.join(dir, 'offer.html');
  writeFileSync(
    htmlFile,
    '<html><body><h1>Guaranteed profit 3% daily</h1><p>Risk-free. Minimum deposit $50. Principal returned. ' +
      'Referral commission on 3 levels. Your personal account manager will call you.</p></body></html>',
  );
  const jsonl = path.join(dir, 'pages.jsonl');
  writeFileSync(
    jsonl,
    [
      JSON.stringify({ id: 'plain', url: 'https://ok.test/', text: 'Bitcoin is a decentralised digital currency.' }),
      '{ this is not json',
      JSON.stringify({ id: 'html-record', url: 'https://x.test/', html: '<p>Welcome to our bakery</p>' }),
    ].join('\n'),
  );

  it('scans an html file with --url and prints one verdict line', () => {
    const { code, lines } = scan(['--url', 'https://offer.test/', htmlFile]);
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ id: 'offer', url: 'https://offer.test/' });
    expect(lines[0]!.level).not.toBe('ok');
    expect(Array.isArray(lines[0]!.signals)).toBe(true);
  });

  it('reports a bad jsonl record on stderr, scans the rest, and exits non-zero', () => {
    const { code, lines, stderr } = scan([jsonl]);
    expect(code).toBe(1);
    expect(lines.map((l) => l.id)).toEqual(['plain', 'html-record']);
    expect(lines.every((l) => l.level === 'ok')).toBe(true);
    expect(stderr).toContain('pages.jsonl:2');
  });
});
