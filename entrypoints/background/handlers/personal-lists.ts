import type { Handlers } from '../router';
import { addPersonal, exportPersonal, importPersonal, removePersonal } from '../personal-lists/index';
import { confirmPendingTrust, personalView, trustFromOptions, withView } from '../personal-lists/trust-listed';

/** The options page managing the user's own blocked and trusted sites. */
export const personalListHandlers: Pick<
  Handlers['page'],
  'page:personalLists' | 'page:addPersonal' | 'page:removePersonal' | 'page:confirmTrust' | 'page:exportPersonal' | 'page:importPersonal'
> = {
  'page:personalLists': async () => ({ ok: true, ...(await personalView()) }),
  'page:addPersonal': async ({ list, host, confirmListed }) =>
    list === 'trusted' ? trustFromOptions(host, confirmListed === true) : withView(await addPersonal(list, host)),
  'page:removePersonal': async ({ host }) => withView(await removePersonal(host)),
  'page:confirmTrust': async ({ host }) => confirmPendingTrust(host),
  'page:exportPersonal': async () => ({ json: await exportPersonal() }),
  'page:importPersonal': async ({ json, trustConfirmed }) => {
    const result = await importPersonal(json, trustConfirmed === true);
    return result.ok ? withView(result) : result;
  },
};
