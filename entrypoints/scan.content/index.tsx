import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Banner } from '@/components/Banner';
import { evaluatePage, explainSignal } from '@/rules/engine/index';
import { extractSnapshot } from '@/rules/extract';
import { pageFactsFromSnapshot } from '@/rules/reports/page-facts';
import { BackgroundMessageSchema, type ContentMessage } from '@/rules/protocol';
import type { SiteState } from '@/rules/status';
import type { Verdict } from '@/rules/verdict';
import { onceAfterLargeChange, whenIdle } from './schedule';
import './banner.css';

/**
 * Looks at every page for signs of an investment scam, off the critical path, and shows a banner
 * when it finds them. Thin: extraction and judgement live in rules/.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  // WXT would otherwise post "<extension id>:scan:wxt:content-script-started" to every page's window,
  // telling any site that the extension is installed.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    let state = await send<SiteState>({ type: 'content:siteState' }).catch(() => null);
    let banner: Awaited<ReturnType<typeof mountBanner>> | null = null;

    const check = async () => {
      if (ctx.isInvalid || state === null || !state.heuristicsEnabled || state.trusted) return;
      const snapshot = extractSnapshot(document, location.href);
      const verdict = evaluatePage(snapshot);
      // Title and crypto addresses stay in the background until the user makes a report.
      void send({ type: 'content:pageFacts', facts: pageFactsFromSnapshot(snapshot) }).catch(() => undefined);
      const { level } = await send<{ level: Verdict['level'] }>({ type: 'content:verdict', verdict });
      // The site-wide memory may know worse than this page shows (another page of the same site).
      const shown = level === verdict.level ? verdict : (state.rememberedVerdict ?? verdict);
      if (shown.level !== 'ok' && !state.dismissed) {
        banner?.remove();
        banner = await mountBanner(ctx, state, shown);
      }
    };

    // The user trusted or untrusted the site from the popup: re-read the state and look again.
    const onMessage = (raw: unknown) => {
      if (!BackgroundMessageSchema.safeParse(raw).success) return;
      void send<SiteState>({ type: 'content:siteState' }).then((next) => {
        state = next;
        banner?.remove();
        banner = null;
        void check();
      });
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    whenIdle(() => void check());
    const stop = onceAfterLargeChange(document.body ?? document.documentElement, () => void check());
    ctx.onInvalidated(stop);
  },
});

function send<R>(message: ContentMessage): Promise<R> {
  return browser.runtime.sendMessage(message) as Promise<R>;
}

async function mountBanner(ctx: ContentScriptContext, state: SiteState, verdict: Verdict) {
  const level = verdict.level === 'danger' ? 'danger' : 'warning';
  const reasons = uniqueById(verdict.signals)
    .slice(0, 5)
    .map((signal) => ({ id: signal.id, text: explainSignal(signal.id, state.lang), evidence: signal.evidence }));
  const text = state.text;
  const ui = await createShadowRootUi(ctx, {
    name: 'scam-sentinel-banner',
    position: 'overlay',
    alignment: 'top-left',
    zIndex: 2147483647,
    isolateEvents: true,
    onMount(container, _shadow, host) {
      host.dataset.level = level;
      host.style.position = 'fixed';
      host.style.inset = '0 0 auto 0';
      host.setAttribute('lang', state.lang);
      const remove = () => ui.remove();
      render(
        <Banner
          level={level}
          reasons={reasons}
          text={{
            title: level === 'danger' ? text.bannerDangerTitle : text.bannerWarningTitle,
            lead: text.bannerLead,
            leave: text.bannerLeave,
            why: text.bannerWhy,
            hideWhy: text.bannerHideWhy,
            dismiss: text.bannerDismiss,
            reasonsHeading: text.bannerReasonsHeading,
          }}
          guardianFrame={
            state.guardianSet ? { src: browser.runtime.getURL('/guardian-call.html'), title: text.bannerGuardianFrameTitle } : undefined
          }
          onLeave={() => leaveSite()}
          onDismiss={() => {
            remove();
            void send({ type: 'content:dismissBanner' });
          }}
        />,
        container,
      );
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  return ui;
}

function uniqueById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id));
}

/** Back to where the user came from, or to an empty page if this site was opened directly. */
function leaveSite(): void {
  if (history.length > 1) history.back();
  else location.replace('about:blank');
}
