import type { Handlers } from '../router';
import { readSettings, settingsProblems, updateSettings } from '../settings-store';

/** Extension pages reading and changing settings. */
export const settingsHandlers: Pick<Handlers['page'], 'page:getSettings' | 'page:setSettings'> = {
  'page:getSettings': async () => ({ settings: await readSettings(), problems: settingsProblems() }),
  'page:setSettings': async ({ patch }) => ({ settings: await updateSettings(patch) }),
};
