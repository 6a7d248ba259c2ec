// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReportsSection } from '@/components/ReportsSection';
import type { PageMessage } from '@/rules/protocol';
import { createTranslate } from '@/rules/i18n';
import { DEFAULT_SETTINGS } from '@/rules/settings';

/**
 * The options page's report section against a slow background: every answer is held until the test
 * lets it through, as when the worker is busy (just installed, or waking with a large list) and the
 * person is quicker than it.
 */
const background = vi.hoisted(() => ({ sent: [] as PageMessage[], held: [] as (() => void)[] }));
vi.mock('@/components/lib/messaging', () => ({
  sendToBackground: (message: PageMessage) => {
    background.sent.push(message);
    return new Promise((resolve) => background.held.push(() => resolve(answerFor(message))));
  },
}));

function answerFor(message: PageMessage): unknown {
  switch (message.type) {
    case 'page:reportList':
      return { reports: [] };
    case 'page:getSettings':
      return { settings: DEFAULT_SETTINGS, problems: [] };
    case 'page:setSettings':
      return { settings: { ...DEFAULT_SETTINGS, ...message.patch } };
    default:
      throw new Error(`no answer for ${message.type}`);
  }
}

/** Lets every held answer through, and the renders they cause. */
async function answerAll(): Promise<void> {
  await act(async () => {
    while (background.held.length > 0) background.held.shift()!();
    await new Promise((done) => setTimeout(done, 0));
  });
}

const english = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8'));
const t = createTranslate(english, english);

function show(organisation = { name: '', endpoint: '' }): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  act(() => render(<ReportsSection t={t} lang="en" organisation={organisation} />, host));
  return host;
}

const field = (host: HTMLElement, testId: string) => host.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`)!;

function type(input: HTMLInputElement, text: string): void {
  act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function save(host: HTMLElement): Promise<void> {
  await act(async () => {
    field(host, 'report-org-save').click();
    await new Promise((done) => setTimeout(done, 0));
  });
}

afterEach(() => {
  act(() => render(null, document.body));
  document.body.innerHTML = '';
  background.sent.length = 0;
  background.held.length = 0;
});

describe("the options page's report organisation, when the background answers late", () => {
  it('an address typed before the answers came is the one checked on Save (an http address is refused)', async () => {
    const host = show();
    type(field(host, 'report-org-endpoint'), 'http://reports.example.org/inbox');
    await answerAll();
    await save(host);
    expect(field(host, 'report-org-endpoint').value).toBe('http://reports.example.org/inbox');
    expect(host.querySelector('[role="alert"]')?.textContent).toBe(t('reportOrgInvalid'));
    expect(background.sent.filter((message) => message.type === 'page:setSettings')).toEqual([]);
  });

  it('a name and address typed before the answers came are the ones saved', async () => {
    const host = show();
    type(field(host, 'report-org-name'), 'Family inbox');
    type(field(host, 'report-org-endpoint'), 'https://reports.example.org/inbox');
    await answerAll();
    await save(host);
    expect(background.sent.filter((message) => message.type === 'page:setSettings')).toEqual([
      expect.objectContaining({ patch: { reportOrgEndpoint: 'https://reports.example.org/inbox', reportOrgName: 'Family inbox' } }),
    ]);
  });

  it('shows the saved organisation from its first paint, and "no reports" only once the background said so', async () => {
    const host = show({ name: 'Family inbox', endpoint: 'https://reports.example.org/inbox' });
    expect(field(host, 'report-org-name').value).toBe('Family inbox');
    expect(field(host, 'report-org-endpoint').value).toBe('https://reports.example.org/inbox');
    expect(host.querySelector('[data-testid="report-history-empty"]')).toBeNull();
    await answerAll();
    expect(host.querySelector('[data-testid="report-history-empty"]')?.textContent).toBe(t('reportHistoryEmpty'));
  });
});
