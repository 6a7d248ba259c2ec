import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLookalike } from '../../rules/engine/detectors/lookalike.ts';
import { evaluatePage } from '../../rules/engine/index.ts';
import { normalizeHost } from '../../rules/hosts/normalize.ts';
import type { PageSnapshot } from '../../rules/snapshot.ts';
import { readTranco } from '../../scripts/shared-data.ts';
import { launchWithExtension, lastPageCheck, recordPageChecks, startSiteServer, tabIdOf, type ExtensionBrowser, type SiteServer } from './harness';

/**
 * The popular-site exception in the extension: a Tranco top-50k site whose name the look-alike rules
 * alone would flag (a brand's mirror or corporate site) gets no warning for its name; the same page
 * under an unknown look-alike name does.
 */
const POPULAR = readTranco()
  .map((domain) => normalizeHost(domain))
  .find((host): host is string => host !== null && findLookalike(host) !== null)!;
const BRAND = findLookalike(POPULAR)!.brand;
const IMITATION = `${BRAND.labels[0] ?? BRAND.weak![0]}-secure-login-7.com`;
const LOGIN_PAGE = `<!doctype html><title>${BRAND.name}</title><h1>Log in to ${BRAND.name}</h1>
<form method="post"><input type="email" name="email"><input type="password" name="password"><button>Log in</button></form>`;

let server: SiteServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startSiteServer();
  server.route(POPULAR, LOGIN_PAGE);
  server.route(IMITATION, LOGIN_PAGE);
  ext = await launchWithExtension();
  await recordPageChecks(ext);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function check(host: string): Promise<{ snapshot: PageSnapshot; badge: string }> {
  const page: Page = await ext.context.newPage();
  try {
    await page.goto(server.url(host));
    const tabId = await tabIdOf(ext, page);
    await expect.poll(() => lastPageCheck(ext, tabId)).not.toBeNull();
    const { snapshot, badge } = (await lastPageCheck(ext, tabId))!;
    return { snapshot: snapshot as PageSnapshot, badge };
  } finally {
    await page.close();
  }
}

describe('a popular site is never a look-alike', () => {
  it(`${POPULAR} (popular) stays quiet where ${IMITATION} gets a warning`, async () => {
    const popular = await check(POPULAR);
    // The rules alone would warn on this name: only the exception keeps the page quiet.
    expect(evaluatePage(popular.snapshot).signals.map((s) => s.id)).toContain('impersonation.lookalike_domain');
    expect(evaluatePage(popular.snapshot).level).not.toBe('ok');
    expect(evaluatePage(popular.snapshot, { popularSite: true }).level).toBe('ok');
    expect(popular.badge).toBe('');

    const imitation = await check(IMITATION);
    expect(imitation.badge).toMatch(/^[?!]$/);
  });
});
