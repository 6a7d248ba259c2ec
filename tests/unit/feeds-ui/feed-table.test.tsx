// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedTable } from '@/components/FeedTable';
import { EXPIRED_GRACE_MS } from '@/rules/feeds-config/expiry';
import type { FeedSummary } from '@/rules/feeds-config/feed-summary';
import { createTranslate, type Translate } from '@/rules/i18n';

const LANGS = ['en', 'it', 'fr', 'de', 'es'] as const;
const catalogue = (lang: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../public/_locales/${lang}/messages.json`), 'utf8'));
const EXPIRED_AT = Date.parse('2026-03-05T00:00:00Z');

const feed = (fields: Partial<FeedSummary>): FeedSummary => ({
  id: 'f', name: 'Signed list', url: 'https://lists.example/feed.json', enabled: true, origin: 'managed',
  entries: 120, skipped: 0, lastSuccessAt: EXPIRED_AT - 86_400_000, lastError: null, nextSyncAt: null, expiry: null, ...fields,
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

function showAll(t: Translate, lang: string, rows: FeedSummary[], builtIn: { names: number; madeOn: string | null } | null): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  render(
    <FeedTable t={t} lang={lang} feeds={rows} builtIn={builtIn} status="" busy={false} locked={false} onAdd={async () => true} onRemove={() => {}} onToggle={() => {}} onUpdate={() => {}} />,
    host,
  );
  return host;
}

describe('the true status of the lists', () => {
  it.each(LANGS)('%s: shows the built-in list by name, with its count and the day its sites were collected', (lang) => {
    const t = createTranslate(catalogue(lang), catalogue('en'));
    const row = showAll(t, lang, [], { names: 101_356, madeOn: '2026-11-22' }).querySelector('[data-testid="builtin-list"]')!;
    expect(row.textContent).toContain(t('feedsBuiltInName'));
    const facts = row.querySelector('[data-testid="builtin-facts"]')!.textContent!;
    expect(facts).toContain((101_356).toLocaleString(lang));
    expect(facts).toContain(new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(Date.parse('2026-11-22T12:00:00Z')));
    expect(facts).toContain(t('feedsBuiltInAlways'));
    if (lang !== 'en') expect(t('feedsBuiltInName')).not.toBe(createTranslate(catalogue('en'), {})('feedsBuiltInName'));
  });

  it('shows no built-in row when the list could not be read, and no date it does not know', () => {
    const t = createTranslate(catalogue('en'), {});
    expect(showAll(t, 'en', [], null).querySelector('[data-testid="builtin-list"]')).toBeNull();
    expect(showAll(t, 'en', [], { names: 1, madeOn: null }).querySelector('[data-testid="builtin-facts"]')!.textContent).toBe(
      '1 site · comes with the extension and works without internet',
    );
  });

  it.each(LANGS)('%s: counts the skipped lines of a feed with the language plural rules', (lang) => {
    const t = createTranslate(catalogue(lang), catalogue('en'));
    const one = showAll(t, lang, [feed({ skipped: 1 })], null).querySelector('[data-testid="feed-skipped"]')!.textContent;
    const many = showAll(t, lang, [feed({ skipped: 1_234 })], null).querySelector('[data-testid="feed-skipped"]')!.textContent;
    expect(one).toBe(t('feedsSkippedOne', '1'));
    expect(many).toBe(t('feedsSkipped', (1_234).toLocaleString(lang)));
    expect(showAll(t, lang, [feed({ skipped: 0 })], null).querySelector('[data-testid="feed-skipped"]')).toBeNull();
  });

  it('says a list that was never downloaded could not be, and why, instead of "Not downloaded yet · never updated"', () => {
    const t = createTranslate(catalogue('en'), {});
    const failed = feed({ entries: null, skipped: null, lastSuccessAt: null, lastError: { code: 'network', message: 'Failed to fetch', at: 1 } });
    const host = showAll(t, 'en', [failed], null);
    expect(host.querySelector('[data-testid="feed-facts"]')!.textContent).toBe('Could not be downloaded yet');
    expect(host.querySelector('[data-testid="feed-error"]')!.textContent).toMatch(/could not be downloaded\. Check the internet connection/);
    // Not yet tried: still "Not downloaded yet", which is then true.
    const waiting = showAll(t, 'en', [feed({ entries: null, skipped: null, lastSuccessAt: null })], null);
    expect(waiting.querySelectorAll('[data-testid="feed-facts"]')[0]!.textContent).toBe('Not downloaded yet · never updated');
  });
});

describe('switching a list off or removing it', () => {
  const english = catalogue('en');
  const t = createTranslate(english, english);

  function showUserList() {
    const onRemove = vi.fn();
    const onToggle = vi.fn();
    const row = feed({ origin: 'user', name: 'My list' });
    const host = document.createElement('div');
    document.body.append(host);
    act(() =>
      render(<FeedTable t={t} lang="en" feeds={[row]} status="" busy={false} locked={false} onAdd={async () => true} onRemove={onRemove} onToggle={onToggle} onUpdate={() => {}} />, host),
    );
    const part = (selector: string) => host.querySelector<HTMLElement>(selector);
    const click = (selector: string) => act(() => part(selector)!.click());
    return { row, onRemove, onToggle, part, click };
  }

  it('asks before the list goes off: "Keep it" changes nothing, the other answer switches it off', () => {
    const { row, onToggle, part, click } = showUserList();
    click('.feed-toggle input');
    expect(part('[data-testid="feed-off-confirm"]')?.textContent).toContain(english.feedOffText.message);
    expect(part('#feed-off-heading')?.textContent).toBe(t('feedOffHeading', 'My list'));
    expect((part('.feed-toggle input') as HTMLInputElement).checked).toBe(true);
    click('[data-testid="feed-off-no"]');
    expect(onToggle).not.toHaveBeenCalled();
    click('.feed-toggle input');
    click('[data-testid="feed-off-yes"]');
    expect(onToggle).toHaveBeenCalledExactlyOnceWith(row, false);
  });

  it('asks before the list is removed', () => {
    const { row, onRemove, part, click } = showUserList();
    click('.feed-remove');
    expect(part('#feed-off-heading')?.textContent).toBe(t('feedRemoveHeading', 'My list'));
    expect(onRemove).not.toHaveBeenCalled();
    click('[data-testid="feed-off-yes"]');
    expect(onRemove).toHaveBeenCalledExactlyOnceWith(row);
    expect(part('[data-testid="feed-off-confirm"]')).toBeNull();
  });
});
