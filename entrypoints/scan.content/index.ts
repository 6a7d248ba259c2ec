import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadedBannerChunk } from '@/components/lib/banner-chunk';
import { extractSnapshot } from '@/rules/extract';
import { isPageOwnOpaqueFrame } from '@/rules/page-frames';
import type { BackgroundMessage, ContentMessage } from '@/rules/protocol';
import type { BannerModel, CheckAnswer } from '@/rules/status';
import { drawsNothing, pageHidingCheck } from './hidden';
import { shadowRootReader } from './shadow-roots';
import { afterLoad, scheduleChecks } from './schedule';

const SITE_CHANGED: BackgroundMessage['type'] = 'background:siteChanged';

/**
 * The page check, page side. It only reads: a capped snapshot of the page (rules/extract.ts) goes to the
 * background, which judges it with the engine and answers; a flagged top frame then gets the banner, whose
 * code the background loads only then. No engine, rule packs, brands or validation library run in the page.
 * Runs in the top frame and in frames of the same origin (srcdoc, blob: and same-site frames), which
 * report to the background; the top frame shows the banner. Each also reads the text of the frames of the same
 * origin inside it (rules/extract.ts), which a javascript: frame needs: Chromium injects no script into it.
 * Chromium: not in the manifest; the worker injects it once a frame has loaded, so that it does not make the
 * page's load event later (entrypoints/background/page-injection.ts). Firefox declares it.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: import.meta.env.FIREFOX ? 'manifest' : 'runtime',
  runAt: 'document_idle',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  // WXT would otherwise post "<extension id>:scan:wxt:content-script-started" to every page's window,
  // telling any site that the extension is installed.
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (!isTopOrSameOriginFrame() || alreadyWatching(ctx)) return;
    afterLoad(window, () => watchPage(ctx));
  },
});

/** Checks the page at the moments scheduleChecks picks, and again when the background says the site changed. */
function watchPage(ctx: ContentScriptContext): void {
  if (ctx.isInvalid) return;
  const isTop = window === window.top;
  let active = true;
  let lastSent: string | null = null;

  const check = async (force: boolean) => {
    if (ctx.isInvalid || !active) return;
    const snapshot = extractSnapshot(document, location.href, { isHidden: pageHidingCheck(), drawsNothing, shadowRootOf: shadowRootReader() });
    // A ticker or a countdown changes only numbers: that is no new page to judge.
    const sameText = `${snapshot.url}\n${snapshot.title}\n${snapshot.text.replace(/\d+/g, '0')}`;
    if (!force && sameText === lastSent) return;
    lastSent = sameText;
    const answer = await send<CheckAnswer>({ type: 'content:check', snapshot }).catch(() => null);
    if (answer === null || ctx.isInvalid) return;
    active = answer.active;
    if (isTop) await showBanner(answer.active ? answer : null);
  };

  // The user trusted or untrusted the site, or a frame of this page was flagged: look again.
  const onMessage = (raw: unknown) => {
    if ((raw as { type?: unknown } | null)?.type !== SITE_CHANGED) return;
    active = true;
    void check(true);
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  ctx.onInvalidated(scheduleChecks(document, () => void check(false)));
}

function send<R>(message: ContentMessage): Promise<R> {
  return browser.runtime.sendMessage(message) as Promise<R>;
}

async function showBanner(answer: CheckAnswer | null): Promise<void> {
  if (answer?.banner) {
    if (!loadedBannerChunk()) await send({ type: 'content:loadBanner' }).catch(() => undefined);
    return loadedBannerChunk()?.show(answer.banner);
  }
  if (!answer?.fieldReminder) return loadedBannerChunk()?.hide();
  const chunk = loadedBannerChunk();
  if (chunk) chunk.remindAtSensitiveField(answer.fieldReminder);
  else awaitFirstField(answer.fieldReminder);
}

let waitingReminder: BannerModel | null = null;
/**
 * The banner was closed on this flagged site: the banner's code loads at the user's first focus in a form
 * field, and decides there whether the field is one for money or secrets (entrypoints/banner/field-reminder.ts).
 */
function awaitFirstField(reminder: BannerModel): void {
  const waiting = waitingReminder !== null;
  waitingReminder = reminder;
  if (waiting) return;
  const onFocus = async (event: FocusEvent) => {
    const field = event.target;
    if (!event.isTrusted || !(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement || field instanceof HTMLSelectElement)) return;
    document.removeEventListener('focusin', onFocus, true);
    await send({ type: 'content:loadBanner' }).catch(() => undefined);
    loadedBannerChunk()?.remindAtSensitiveField(waitingReminder!, document.activeElement === field ? field : null);
  };
  document.addEventListener('focusin', onFocus, true);
}

/**
 * A document's load can be reported to the worker twice (a page restored from the back/forward cache): the
 * second copy of the script finds the first one in the extension's own world, which the page cannot see. A copy
 * left from before an update of the extension no longer counts.
 */
function alreadyWatching(ctx: ContentScriptContext): boolean {
  const world = globalThis as { scamSentinelCheck?: ContentScriptContext };
  if (world.scamSentinelCheck && !world.scamSentinelCheck.isInvalid) return true;
  world.scamSentinelCheck = ctx;
  return false;
}

/**
 * Frames of other sites (adverts, embedded players) are theirs, not this page's: they are not read. A frame of
 * no origin (sandboxed, data:) that the page itself filled is the page's (isPageOwnOpaqueFrame).
 */
function isTopOrSameOriginFrame(): boolean {
  if (window === window.top) return true;
  try {
    // window.origin is the document's own origin; location.origin says "null" for srcdoc and about:blank frames.
    return window.top!.location.origin === window.origin;
  } catch {
    return isPageOwnOpaqueFrame(window.origin, location.href, Array.from(location.ancestorOrigins ?? []));
  }
}
