import { render } from 'preact';
import { loadLocalisation } from '@/components/lib/i18n';
import { sendToBackground } from '@/components/lib/messaging';
import type { Settings } from '@/rules/settings';
import './blocked-frame.css';

/**
 * What a frame shows instead of a listed site that another page tried to embed. It offers no way
 * through: a frame is where a lure would hide a "Continue anyway", and a real visit to the site
 * gets the full warning page instead.
 */
async function main(): Promise<void> {
  const { settings } = await sendToBackground<{ settings: Settings }>({ type: 'page:getSettings' });
  const { lang, t } = await loadLocalisation(settings.language);
  document.documentElement.lang = lang;
  document.title = t('blockedFrameHeading');
  render(
    <main class="blocked-frame" data-testid="blocked-frame">
      <h1>{t('blockedFrameHeading')}</h1>
      <p>{t('blockedFrameText')}</p>
    </main>,
    document.getElementById('app')!,
  );
}

void main();
