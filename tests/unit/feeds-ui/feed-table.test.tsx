// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FeedTable } from '@/components/FeedTable';
import { EXPIRED_GRACE_MS } from '@/rules/feeds-config/expiry';
import type { FeedSummary } from '@/rules/feeds-config/feed-summary';
import { createTranslate, type Translate } from '@/rules/i18n';

const LANGS = ['en', 'it', 'fr', 'de', 'es'] as const;
const catalogue = (lang: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../public/_locales/${lang}/messages.json`), 'utf8'));
const EXPIRED_AT = Date.parse('2026-03-05T00:00:00Z');

const feed = (fields: Partial<FeedSummary>): FeedSummary => ({
  id: 'f', name: 'Signed list', url: 'https://lists.example/feed.json', enabled: true, origin: 'managed',
  entries: 120, lastSuccessAt: EXPIRED_AT - 86_400_000, lastError: null, nextSyncAt: null, expiry: null, ...fields,
});

function show(t: Translate, lang: string, row: FeedSummary): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  render(<FeedTable t={t} lang={lang} feeds={[row]} status="" busy={false} locked={false} onAdd={async () => true} onRemove={() => {}} onToggle={() => {}} onUpdate={() => {}} />, host);
  return host;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the options page row of an expired signed list', () => {
  it.each(LANGS)('%s: says it is out of date and until when it is used, then that it is no longer used', (lang) => {
    const t = createTranslate(catalogue(lang), catalogue('en'));
    const dropAt = EXPIRED_AT + EXPIRED_GRACE_MS;
    const grace = show(t, lang, feed({ expiry: { state: 'grace', expiredAt: EXPIRED_AT, dropAt } }));
    const day = (ms: number) => new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(ms);
    const graceText = grace.querySelector('[data-testid="feed-expiry"]')!.textContent!;
    expect(graceText).toBe(t('feedsExpiredGrace', day(EXPIRED_AT), day(dropAt)));
    expect(graceText).toContain(day(dropAt));

    const dropped = show(t, lang, feed({ entries: null, expiry: { state: 'dropped', expiredAt: EXPIRED_AT, dropAt } }));
    expect(dropped.querySelector('[data-testid="feed-expiry"]')!.textContent).toBe(t('feedsExpiredDropped', day(EXPIRED_AT)));
    // Not "Not downloaded yet": it was downloaded, and is no longer used.
    expect(dropped.querySelector('[data-testid="feed-facts"]')!.textContent).toContain(t('feedsNoneInUse'));
    expect(dropped.querySelector('[data-testid="feed-facts"]')!.textContent).not.toContain(t('feedsNotYet'));
    if (lang !== 'en') expect(t('feedsExpiredDropped', '')).not.toBe(createTranslate(catalogue('en'), {})('feedsExpiredDropped', ''));
  });

  it('a valid list shows no expiry line', () => {
    const t = createTranslate(catalogue('en'), {});
    expect(show(t, 'en', feed({})).querySelector('[data-testid="feed-expiry"]')).toBeNull();
  });
});
