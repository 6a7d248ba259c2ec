import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Banner } from '@/components/Banner';
import { registerBannerChunk, loadedBannerChunk } from '@/components/lib/banner-chunk';
import type { ContentMessage } from '@/rules/protocol';
import type { BannerModel } from '@/rules/status';
import css from './banner.css?inline';
import { mountGuardedHost, type GuardedHost } from './host';
import { reserveSpace } from './reserve-space';

/**
 * The in-page banner: its code, styles and words reach a page only when the page check flagged it (the
 * background runs this file in the top frame then, next to the content script). Acts only on the user's
 * own clicks and keys: events a page script makes up are ignored.
 */
export default defineUnlistedScript(() => {
  if (loadedBannerChunk()) return;
  let host: GuardedHost | null = null;
  let releaseSpace: (() => void) | null = null;

  const hide = () => {
    if (host) render(null, host.container);
    host?.remove();
    host = null;
    releaseSpace?.();
    releaseSpace = null;
  };
  const userOnly = (action: () => void) => (event: Event) => {
    if (event.isTrusted) action();
  };

  registerBannerChunk({
    hide,
    hideForPicture(hidden) {
      if (!host) return;
      host.container.style.display = hidden ? 'none' : '';
      releaseSpace?.();
      releaseSpace = hidden ? null : reserveSpace(document, host.container);
    },
    show(model: BannerModel) {
      host ??= mountGuardedHost(document, css);
      host.setAttributes({
        lang: model.lang,
        'data-level': model.level,
        ...(model.largeText ? { 'data-large': 'true' } : {}),
        ...(model.reminder ? { 'data-reminder': 'true' } : {}),
      });
      const { text } = model;
      render(
        <Banner
          level={model.level}
          reasons={model.reasons}
          reminder={model.reminder === true}
          text={{
            title: model.title,
            lead: text.bannerLead,
            leave: text.bannerLeave,
            why: text.bannerWhy,
            hideWhy: text.bannerHideWhy,
            dismiss: text.bannerDismiss,
            reasonsHeading: text.bannerReasonsHeading,
          }}
          guardianFrame={
            model.guardianSet ? { src: browser.runtime.getURL('/guardian-call.html'), title: text.bannerGuardianFrameTitle } : undefined
          }
          onLeave={userOnly(leaveSite)}
          onDismiss={userOnly(() => {
            hide();
            const message: ContentMessage = { type: 'content:dismissBanner' };
            void browser.runtime.sendMessage(message).catch(() => undefined);
          })}
        />,
        host.container,
      );
      releaseSpace ??= reserveSpace(document, host.container);
    },
  });
});

/** Back to where the user came from, or to an empty page if this site was opened directly. */
function leaveSite(): void {
  if (history.length > 1) history.back();
  else location.replace('about:blank');
}
