import type { Handlers } from '../router';
import { addPersonal, exportPersonal, importPersonal, readPersonalLists, removePersonal } from '../personal-lists/index';

/** The options page managing the user's own blocked and trusted sites. */
export const personalListHandlers: Pick<
  Handlers['page'],
  'page:personalLists' | 'page:addPersonal' | 'page:removePersonal' | 'page:exportPersonal' | 'page:importPersonal'
> = {
  'page:personalLists': async () => ({ ok: true, lists: await readPersonalLists() }),
  'page:addPersonal': async ({ list, host }) => addPersonal(list, host),
  'page:removePersonal': async ({ host }) => removePersonal(host),
  'page:exportPersonal': async () => ({ json: await exportPersonal() }),
  'page:importPersonal': async ({ json }) => importPersonal(json),
};
