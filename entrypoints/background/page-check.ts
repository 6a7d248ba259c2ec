import { browser } from 'wxt/browser';
import { pageFactsFromSnapshot } from '@/rules/reports/page-facts';
import type { PageSnapshot } from '@/rules/snapshot';
import { BANNER_TEXT_KEYS, fieldReminderOf, type BannerModel, type BannerReason, type CheckAnswer } from '@/rules/status';
import { SCAM_KIND_KEYS, scamKindOf } from '@/rules/scam-kind';
import { worseLevel, type Verdict } from '@/rules/verdict';
import type { BackgroundMessage } from '@/rules/protocol';
import { showBadge } from './badge';
import { findListing } from './blocklist';
import { trustedSites } from './family/trusted-sites';
import { familyStatus } from './handlers/family';
import { currentLocalisation } from './localisation';
import { pageEngine } from './page-engine';
import { isPopularSite } from './popular-sites';
import { rememberPageFacts } from './reports/page-facts';
import { isAllowedForSession } from './session-allowances';
import type { ContentContext } from './router';
import { readSettings } from './settings-store';
import { isBannerDismissed, pageHost, pageOrigin, recordPageCheck, rememberVerdict } from './site-memory';

/**
 * The page check, run in the worker for the content scripts: they only extract a snapshot of their page
 * or same-origin frame and show the answer. The engine's compiled matcher is built once a worker wake (as a
 * page opens, page-engine.ts, or else on the first check) and serves every tab from then on.
 */
const INACTIVE: CheckAnswer = { active: false, banner: null };
const MAX_REASONS = 5;

export async function checkPage(snapshot: PageSnapshot, from: ContentContext): Promise<CheckAnswer> {
  const host = pageHost(from.pageUrl);
  if (host === null) return INACTIVE;
  const site = pageOrigin(from.pageUrl);
  const settings = await readSettings();
  if (!settings.heuristicsEnabled || (await trustedSites.isTrusted(site))) return INACTIVE;

  const { evaluatePage } = await pageEngine();
  // A popular site's name is never a look-alike of a brand (its mirror, national or corporate site).
  const verdict = evaluatePage(snapshot, { popularSite: await isPopularSite(host) });
  const top = from.frameId === 0;
  if (top) {
    await recordPageCheck(from.tabId, from.pageUrl);
    // Title and crypto addresses wait here until the user makes a report (report form).
    await rememberPageFacts(from.tabId, from.pageUrl, pageFactsFromSnapshot(snapshot));
  }
  const kept = await rememberVerdict(host, verdict);
  const listed = await findListing(site);
  await showBadge(from.tabId, listed ? 'danger' : worseLevel(kept.level, verdict.level));
  announceChecked(from.tabId);
  // After "Continue anyway" every page of the listed site says so, until the browser closes.
  if (top && listed && (await isAllowedForSession(listed.matched))) return { active: true, banner: await reminderModel() };
  if (kept.level === 'ok') return { active: true, banner: null };
  // A frame found what the top frame did not: the top frame shows the banner.
  if (!top) {
    await tellTopFrame(from.tabId);
    return { active: true, banner: null };
  }
  // The site's memory may know worse than this page shows (another page or frame of the same site).
  const banner = await bannerModel(kept.level === verdict.level ? verdict : kept);
  if (await isBannerDismissed(host)) return { active: true, banner: null, fieldReminder: fieldReminderOf(banner) };
  return { active: true, banner };
}

/** A popup open on the tab shows the new verdict: it may have opened before this check, or the page changed since. */
function announceChecked(tabId: number): void {
  const message: BackgroundMessage = { type: 'background:tabChecked', tabId };
  // Rejected when no extension page is open to hear it: nobody to tell.
  browser.runtime.sendMessage(message).catch(() => undefined);
}

async function tellTopFrame(tabId: number): Promise<void> {
  const message: BackgroundMessage = { type: 'background:siteChanged' };
  await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
}

async function bannerModel(verdict: Verdict): Promise<BannerModel> {
  const [{ lang, t }, engine] = await Promise.all([currentLocalisation(), pageEngine()]);
  const level = verdict.level === 'danger' ? 'danger' : 'warning';
  const kind = scamKindOf(verdict.signals);
  const title = kind
    ? t(level === 'danger' ? 'bannerKindDangerTitle' : 'bannerKindWarningTitle', t(SCAM_KIND_KEYS[kind]))
    : t(level === 'danger' ? 'bannerDangerTitle' : 'bannerWarningTitle');
  const seen = new Set<string>();
  const reasons: BannerReason[] = verdict.signals
    .filter((signal) => !seen.has(signal.id) && seen.add(signal.id))
    .slice(0, MAX_REASONS)
    .map((signal) => ({ id: signal.id, text: engine.explainSignal(signal.id, lang), evidence: signal.evidence }));
  return {
    level,
    lang,
    title,
    largeText: (await readSettings()).largeText,
    text: Object.fromEntries(BANNER_TEXT_KEYS.map((key) => [key, t(key)])) as BannerModel['text'],
    reasons,
    guardianSet: (await familyStatus()).guardian !== null,
  };
}

/** The small bar on a listed site the user chose to open: no reasons, no ×, only "Leave this site". */
async function reminderModel(): Promise<BannerModel> {
  const { lang, t } = await currentLocalisation();
  return {
    level: 'danger',
    lang,
    title: t('bannerContinuedTitle'),
    largeText: (await readSettings()).largeText,
    text: Object.fromEntries(BANNER_TEXT_KEYS.map((key) => [key, t(key)])) as BannerModel['text'],
    reasons: [],
    guardianSet: (await familyStatus()).guardian !== null,
    reminder: 'continued',
  };
}

/** Runs the banner's code (entrypoints/banner) in the top frame of a tab, in the content script's world. */
export async function loadBannerChunk(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/banner.js'] });
}
