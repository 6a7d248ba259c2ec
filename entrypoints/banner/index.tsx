import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Banner } from '@/components/Banner';
import { registerBannerChunk, loadedBannerChunk } from '@/components/lib/banner-chunk';
import type { ContentMessage } from '@/rules/protocol';
import { fieldReminderOf, type BannerModel } from '@/rules/status';
import css from './banner.css?inline';
import { watchSensitiveFields } from './field-reminder';
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
  let shown: BannerModel | null = null;
  /** The field reminder comes back once per page: armed after the banner was closed, spent once shown. */
  let fieldWatch: 'idle' | 'watching' | 'spent' = 'idle';

  const hide = () => {
    shown = null;
    if (host) render(null, host.container);
    host?.remove();
    host = null;
    releaseSpace?.();
    releaseSpace = null;
  };
  const userOnly = (action: () => void) => (event: Event) => {
    if (event.isTrusted) action();
  };

  const remindAtSensitiveField = (reminder: BannerModel, focused?: Element | null) => {
    if (shown && shown.reminder !== 'field') hide();
    if (fieldWatch !== 'idle') return;
    fieldWatch = 'watching';
    watchSensitiveFields(
      document,
      () => {
        fieldWatch = 'spent';
        show(reminder);
      },
      focused,
    );
  };

  const show = (model: BannerModel) => {
    shown = model;
    host ??= mountGuardedHost(document, css);
    host.setAttributes({
      lang: model.lang,
      'data-level': model.level,
      ...(model.largeText ? { 'data-large': 'true' } : {}),
      ...(model.reminder ? { 'data-reminder': model.reminder } : {}),
    });
    const { text } = model;
    render(
      <Banner
        level={model.level}
        reasons={model.reasons}
        reminder={model.reminder}
        text={{
          title: model.title,
          lead: text.bannerLead,
          leave: text.bannerLeave,
          why: text.bannerWhy,
          hideWhy: text.bannerHideWhy,
          dismiss: text.bannerDismiss,
          reasonsHeading: text.bannerReasonsHeading,
          mistake: text.mistakeAction,
        }}
        guardianFrame={
          model.guardianSet ? { src: browser.runtime.getURL('/guardian-call.html'), title: text.bannerGuardianFrameTitle } : undefined
        }
        onLeave={userOnly(leaveSite)}
        onMistake={userOnly(() => {
          const message: ContentMessage = { type: 'content:openMistakeForm' };
          void browser.runtime.sendMessage(message).catch(() => undefined);
        })}
        onDismiss={userOnly(() => {
          hide();
          // Closing a reminder closes only it; closing the banner is remembered for the site.
          if (model.reminder) return;
          const message: ContentMessage = { type: 'content:dismissBanner' };
          void browser.runtime.sendMessage(message).catch(() => undefined);
          remindAtSensitiveField(fieldReminderOf(model));
        })}
      />,
      host.container,
    );
    releaseSpace ??= reserveSpace(document, host.container);
  };

  registerBannerChunk({
    hide,
    show,
    remindAtSensitiveField,
    ownRoot: () => host?.container.getRootNode() ?? null,
    hideForPicture(hidden) {
      if (!host) return;
      host.container.style.display = hidden ? 'none' : '';
      releaseSpace?.();
      releaseSpace = hidden ? null : reserveSpace(document, host.container);
    },
  });
});

/** Back to where the user came from, or to an empty page if this site was opened directly. */
function leaveSite(): void {
  if (history.length > 1) history.back();
  else location.replace('about:blank');
}
