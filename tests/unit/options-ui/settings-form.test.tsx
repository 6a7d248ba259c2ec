// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsForm } from '@/components/SettingsForm';
import { createTranslate } from '@/rules/i18n';
import { DEFAULT_SETTINGS, type Settings } from '@/rules/settings';

/** The protection switches go off only after a question that says what is lost and who asks for such a thing. */
const english = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8'));
const t = createTranslate(english, english);

function show(settings: Settings) {
  const onChange = vi.fn();
  const host = document.createElement('div');
  document.body.append(host);
  act(() => render(<SettingsForm t={t} settings={settings} onChange={onChange} unlock={async () => ({ ok: false, reason: 'off' })} />, host));
  const part = (id: string) => host.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const click = (id: string) => act(() => part(id)!.click());
  return { onChange, part, click };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('turning a protection off', () => {
  for (const [testId, name, offText] of [
    ['setting-blocklist', 'blocklistEnabled', 'switchOffBlocklist'],
    ['setting-heuristics', 'heuristicsEnabled', 'switchOffHeuristics'],
  ] as const) {
    it(`${name}: asks first; "Keep it on" changes nothing, "Turn it off" turns it off`, () => {
      const { onChange, part, click } = show(DEFAULT_SETTINGS);
      click(testId);
      expect(part('switch-off-confirm')?.textContent).toContain(english[offText].message);
      expect((part(testId) as HTMLInputElement).checked).toBe(true);
      click('switch-off-no');
      expect(part('switch-off-confirm')).toBeNull();
      expect(onChange).not.toHaveBeenCalled();

      click(testId);
      click('switch-off-yes');
      expect(onChange).toHaveBeenCalledExactlyOnceWith({ [name]: false });
      expect(part('switch-off-confirm')).toBeNull();
    });

    it(`${name}: turning it on needs no question`, () => {
      const { onChange, part, click } = show({ ...DEFAULT_SETTINGS, [name]: false });
      click(testId);
      expect(onChange).toHaveBeenCalledExactlyOnceWith({ [name]: true });
      expect(part('switch-off-confirm')).toBeNull();
    });
  }
});
