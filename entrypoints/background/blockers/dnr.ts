import { browser } from 'wxt/browser';

/**
 * Chromium: listed sites are replaced by the warning page through declarativeNetRequest, so the
 * browser redirects before a single byte of the site is fetched, even while the worker sleeps.
 * Each dynamic rule carries a chunk of listed names in `requestDomains` (which also covers their
 * subdomains) and redirects top-level navigations to interstitial.html#<the URL>.
 * "Continue anyway" adds a session rule with a higher priority that allows that site until the
 * browser closes.
 */
type Dnr = typeof browser.declarativeNetRequest;
type Rule = Parameters<Dnr['updateDynamicRules']>[0]['addRules'] extends (infer R)[] | undefined ? R : never;

const BLOCK_PRIORITY = 1;
const ALLOW_PRIORITY = 2;
/** Names per rule: large chunks keep the rule count far below Chromium's dynamic-rule limit. */
export const DOMAINS_PER_RULE = 25_000;
const FINGERPRINT_KEY = 'dnrBlockRulesFingerprint';

export function blockRules(names: readonly string[], interstitialBase: string): Rule[] {
  const rules: Rule[] = [];
  for (let start = 0; start < names.length; start += DOMAINS_PER_RULE) {
    rules.push({
      id: rules.length + 1,
      priority: BLOCK_PRIORITY,
      action: { type: 'redirect', redirect: { regexSubstitution: `${interstitialBase}#\\0` } },
      condition: {
        regexFilter: '^https?://.*$',
        requestDomains: names.slice(start, start + DOMAINS_PER_RULE),
        resourceTypes: ['main_frame'],
      },
    } as Rule);
  }
  return rules;
}

/** A cheap fingerprint so an unchanged list is not re-installed at every worker start. */
function fingerprint(names: readonly string[], interstitialBase: string): string {
  let hash = 0x811c9dc5;
  for (const name of names) {
    for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 10, 0x01000193);
  }
  return `${names.length}:${(hash >>> 0).toString(16)}:${interstitialBase}`;
}

/** Makes the dynamic block rules match `names` exactly (all of them removed when empty). */
export async function installBlockRules(names: readonly string[], interstitialBase: string): Promise<void> {
  const wanted = fingerprint(names, interstitialBase);
  const stored = (await browser.storage.local.get(FINGERPRINT_KEY))[FINGERPRINT_KEY];
  const existing = await browser.declarativeNetRequest.getDynamicRules();
  if (stored === wanted && existing.length === Math.ceil(names.length / DOMAINS_PER_RULE)) return;
  await browser.declarativeNetRequest.updateDynamicRules({
    removeRuleIds: existing.map((rule) => rule.id),
    addRules: blockRules(names, interstitialBase),
  });
  await browser.storage.local.set({ [FINGERPRINT_KEY]: wanted });
}

/** Lets the user open a listed site (and its subdomains) until the browser closes. */
export async function allowForSessionInDnr(listedName: string): Promise<void> {
  const existing = await browser.declarativeNetRequest.getSessionRules();
  if (existing.some((rule) => rule.condition.requestDomains?.includes(listedName))) return;
  const id = existing.reduce((max, rule) => Math.max(max, rule.id), 0) + 1;
  await browser.declarativeNetRequest.updateSessionRules({
    addRules: [
      {
        id,
        priority: ALLOW_PRIORITY,
        action: { type: 'allow' },
        condition: { requestDomains: [listedName], resourceTypes: ['main_frame'] },
      } as Rule,
    ],
  });
}
