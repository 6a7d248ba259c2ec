// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useFamilyLock } from '@/components/lib/family';
import type { FamilyStatus } from '@/rules/family/answers';
import { PIN_REQUIRED_ERROR, SETTING_LOCKED_ERROR } from '@/rules/family/unlock';
import { createTranslate } from '@/rules/i18n';
import type { PageMessage } from '@/rules/protocol';

/**
 * What a part of the options page says when the background refused a change: the words come from
 * why it was refused, as the background's refusal reaches the page (an Error with its code).
 */
const background = vi.hoisted(() => ({ sent: [] as PageMessage[] }));
vi.mock('@/components/lib/messaging', () => ({
  sendToBackground: (message: PageMessage) => {
    background.sent.push(message);
    const status: FamilyStatus = { enabled: false, damaged: null, guardian: null, retryAfterMs: 0, attemptsLeft: 5, lockedSettings: ['blocklistEnabled'] };
    return Promise.resolve(status);
  },
}));

const english = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8'));
const t = createTranslate(english, english);

function Refusal({ error }: { error: unknown }) {
  const { refused } = useFamilyLock(t);
  const [said, setSaid] = useState('');
  return <button onClick={() => setSaid(refused(error))}>{said}</button>;
}

async function refusalText(error: unknown): Promise<string> {
  const host = document.createElement('div');
  document.body.append(host);
  act(() => render(<Refusal error={error} />, host));
  await act(async () => {
    host.querySelector('button')!.click();
    await Promise.resolve();
  });
  return host.textContent ?? '';
}

afterEach(() => {
  document.body.innerHTML = '';
  background.sent.length = 0;
});

describe('a refused change, in words', () => {
  it('says the organisation manages a setting the administrator locked, and fetches the locks again', async () => {
    expect(await refusalText(new Error(`${SETTING_LOCKED_ERROR}: blocklistEnabled`))).toBe(english.familyManagedLocked.message);
    expect(background.sent).toContainEqual({ type: 'page:familyStatus' });
  });

  it('asks for the family PIN again when the unlock ran out', async () => {
    expect(await refusalText(new Error(PIN_REQUIRED_ERROR))).toBe(english.familyPinRefused.message);
    expect(background.sent).toEqual([]);
  });

  it('says something went wrong for any other failure', async () => {
    expect(await refusalText(new Error('QUOTA_BYTES quota exceeded'))).toBe(english.errorGeneric.message);
  });
});
