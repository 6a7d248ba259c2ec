import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluatePage } from '../../rules/engine/index.ts';
import type { PageSnapshot } from '../../rules/snapshot.ts';
import type { Level } from '../../rules/verdict.ts';
import { snapshotFromHtml } from '../../scripts/parse-html.ts';
import { launchWithExtension, lastPageCheck, recordPageChecks, startSiteServer, tabIdOf, type ExtensionBrowser, type SiteServer } from './harness';

/**
 * `npm run scan` reads a page as Chromium does: 20 real pages of ../shared/corpus/real (test data only,
 * read here, never copied), served on 127.0.0.1, give the same snapshot in the extension's content
 * script (the one it sends to the worker) as in scan's parser (scripts/parse-html.ts), and the
 * extension's badge shows the verdict scan gives.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const REAL = resolve(ROOT, '../shared/corpus/real');
const PER_LABEL = 10;
const BADGE: Record<Level, string> = { danger: '!', warning: '?', ok: '' };

interface RealPage {
  id: string;
  file: string;
  label: 'scam' | 'legit';
  source_group: string;
}

/** Deterministic and varied: in id order, at most one page per source group, 10 scam and 10 honest. */
function pickPages(): RealPage[] {
  const manifest = readFileSync(resolve(REAL, 'manifest.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as RealPage)
    .sort((a, b) => a.id.localeCompare(b.id));
  const groups = new Set<string>();
  const picked = { scam: [] as RealPage[], legit: [] as RealPage[] };
  for (const page of manifest) {
    const bucket = picked[page.label];
    if (bucket.length >= PER_LABEL || groups.has(page.source_group)) continue;
    groups.add(page.source_group);
    bucket.push(page);
  }
  return [...picked.scam, ...picked.legit];
}

const PAGES = pickPages();
/** Each page on a site of its own: the extension remembers the worst verdict per site. */
const hostOf = (page: RealPage) => `${page.id}.test`;
/** Whitespace runs (not element boundaries) folded: the two DOMs may differ in nothing else. */
const flat = (snapshot: PageSnapshot) => ({ ...snapshot, text: snapshot.text.replace(/[^\S\u2029]+/g, ' ') });

let server: SiteServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startSiteServer();
  for (const page of PAGES) {
    const html = readFileSync(resolve(REAL, page.file));
    server.route(hostOf(page), (_req, res) => {
      // The page's own scripts stay off, as in scan (which never runs them); the content script still runs.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" });
      res.end(html);
    });
  }
  ext = await launchWithExtension();
  await recordPageChecks(ext);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('npm run scan and the content script read real pages alike', () => {
  it('picks 10 scam and 10 honest pages from 20 source groups', () => {
    expect(PAGES.filter((p) => p.label === 'scam')).toHaveLength(PER_LABEL);
    expect(PAGES.filter((p) => p.label === 'legit')).toHaveLength(PER_LABEL);
  });

  it.each(PAGES.map((page) => [page.id, page.label, page] as const))('%s (%s): same snapshot, same verdict', async (_id, _label, real) => {
    const url = server.url(hostOf(real));
    const scanned = snapshotFromHtml(readFileSync(resolve(REAL, real.file)), url);
    const expected = evaluatePage(scanned).level;

    const page: Page = await ext.context.newPage();
    try {
      await page.goto(url);
      const tabId = await tabIdOf(ext, page);
      // The content script's snapshot and the worker's verdict for it, 'ok' included.
      await expect.poll(() => lastPageCheck(ext, tabId)).not.toBeNull();
      const { snapshot, badge } = (await lastPageCheck(ext, tabId))!;
      const inBrowser = snapshot as PageSnapshot;
      expect(flat(inBrowser)).toEqual(flat(scanned));
      expect(evaluatePage(inBrowser).level).toBe(expected);
      expect(badge).toBe(BADGE[expected]);
    } finally {
      await page.close();
    }
  });
});
