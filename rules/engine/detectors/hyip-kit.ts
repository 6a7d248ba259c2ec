import type { Signal } from '../../verdict.ts';
import type { PageContext } from '../context.ts';
import { evidenceAround } from '../signals.ts';
import { HYIP_KIT_RULES } from './hyip-kit-rules.ts';
import { findPlanTable } from './plan-table.ts';

/**
 * plans.hyip_route: the page's address is a route of the HYIP Manager script. Every page of that script
 * (and of its Smarty clones) is one PHP entry point dispatched by a first query parameter named "a":
 * "/?a=signup", "/?a=faq", "/index.php?a=cust&page=about", "/?a=deposit_history". The values below are
 * the script's own actions; a site that merely uses "a" for something else does not match. Honest PHP
 * sites may still use "?a=login", so this is a kit trait of weight 2 that needs other evidence to warn.
 */
const RULE = Object.fromEntries(HYIP_KIT_RULES.map((r) => [r.id, r]));

const HYIP_ACTIONS = new Set([
  'signup', 'login', 'do_login', 'logout', 'home', 'faq', 'rules', 'news', 'support', 'account', 'edit_account',
  'deposit', 'deposit_list', 'deposit_history', 'earnings', 'withdraw', 'withdraw_history', 'referals', 'referallinks',
  'tell_friend', 'forgot_password', 'confirm_registration', 'show_validation_image', 'security', 'exchange',
  'internal_transfer', 'paidout', 'top10', 'last10', 'refs10', 'members_stats', 'calendar', 'show_package_info',
]);
/** "?a=cust&page=about": the script's custom-page route, whatever the page is called. */
const CUSTOM_PAGE = 'cust';

/** The HYIP Manager action of a page address, or null. */
export function hyipRoute(url: string): string | null {
  // Without a "?" an address has no query (parsing one costs more than the rest of the detector).
  if (!url.includes('?')) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const [first] = parsed.searchParams.entries();
  if (!first || first[0] !== 'a') return null;
  const action = first[1].toLowerCase();
  if (action === CUSTOM_PAGE) return parsed.searchParams.has('page') ? `${CUSTOM_PAGE}&page=${parsed.searchParams.get('page')}` : null;
  return HYIP_ACTIONS.has(action) ? action : null;
}

function signal(id: string, evidence: string): Signal {
  const rule = RULE[id]!;
  return { id, family: rule.family, weight: rule.weight, evidence };
}

/** plans.hyip_route (above) and plans.plan_table (see plan-table.ts). */
export function detectHyipKit(ctx: PageContext): Signal[] {
  const signals: Signal[] = [];
  const route = hyipRoute(ctx.snapshot.url);
  if (route !== null) signals.push(signal('plans.hyip_route', `page address: ?a=${route}`));
  const table = findPlanTable(ctx.text);
  if (table !== null) signals.push(signal('plans.plan_table', evidenceAround(ctx.text, table[0], table[1])));
  return signals;
}
