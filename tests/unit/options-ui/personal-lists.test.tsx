// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PersonalLists } from '@/components/PersonalLists';
import { createTranslate } from '@/rules/i18n';

/** In "Your own lists", trusting a site and unblocking one wait for an answer; blocking and untrusting do not. */
const english = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8'));
const t = createTranslate(english, english);

function show() {
  const onAdd = vi.fn(async () => true);
  const onRemove = vi.fn();
  const host = document.createElement('div');
  document.body.append(host);
  act(() =>
    render(
      <PersonalLists
        t={t}
        lists={{ blocked: ['blocked.example'], trusted: ['trusted.example'] }}
        pending={[]}
        listedWarning={null}
        status=""
        busy={false}
        locked={false}
        onAdd={onAdd}
        onRemove={onRemove}
        onConfirmListed={() => {}}
        onDismissWarning={() => {}}
        onExport={() => {}}
        onImport={() => {}}
      />,
      host,
    ),
  );
  const part = (selector: string) => host.querySelector<HTMLElement>(selector);
  const click = async (selector: string) => act(async () => part(selector)!.click());
  const type = (text: string) =>
    act(() => {
      const input = part('[data-testid="personal-site"]') as HTMLInputElement;
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  const removeOf = (list: string) => `[data-testid="personal-row"][data-list="${list}"] button`;
  return { onAdd, onRemove, part, click, type, removeOf };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('your own lists', () => {
  it('trusting a site asks first, about the site that was typed, even if the field changes meanwhile', async () => {
    const { onAdd, part, click, type } = show();
    type('my-bank.example');
    await click('[data-testid="personal-trust"]');
    expect(part('#trust-heading')?.textContent).toBe(t('trustConfirmHeading', 'my-bank.example'));
    await click('[data-testid="trust-no"]');
    expect(onAdd).not.toHaveBeenCalled();
    await click('[data-testid="personal-trust"]');
    type('something-else.example');
    await click('[data-testid="trust-yes"]');
    expect(onAdd).toHaveBeenCalledExactlyOnceWith('trusted', 'my-bank.example');
  });

  it('blocking a site needs no question', async () => {
    const { onAdd, part, click, type } = show();
    type('fake-broker.example');
    await click('[data-testid="personal-block"]');
    expect(onAdd).toHaveBeenCalledExactlyOnceWith('blocked', 'fake-broker.example');
    expect(part('[data-testid="trust-confirm"]')).toBeNull();
  });

  it('unblocking a site asks first; removing a trusted one does not', async () => {
    const { onRemove, part, click, removeOf } = show();
    await click(removeOf('blocked'));
    expect(part('[data-testid="unblock-confirm"]')?.textContent).toContain(english.unblockText.message);
    await click('[data-testid="unblock-no"]');
    expect(onRemove).not.toHaveBeenCalled();
    await click(removeOf('blocked'));
    await click('[data-testid="unblock-yes"]');
    expect(onRemove).toHaveBeenCalledExactlyOnceWith('blocked.example');

    await click(removeOf('trusted'));
    expect(onRemove).toHaveBeenLastCalledWith('trusted.example');
  });
});
