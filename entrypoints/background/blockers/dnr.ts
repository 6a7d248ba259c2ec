import { browser } from 'wxt/browser';
import { blockRulesFor, BUNDLED_RULESET_ID, DOMAINS_PER_RULE, WARNING_PAGE_PATH } from '@/rules/blocking/dnr-rules';

/**
 * Chromium: listed sites are replaced by the warning page through declarativeNetRequest, so the
 * browser redirects before a single byte of the site is fetched, even while the worker sleeps.
 * The bundled list is a static ruleset compiled at build time (scripts/bundled-ruleset.ts), live
 * from the moment of install; feeds and the user's own list are dynamic rules installed here, each
 * carrying a chunk of names in `requestDomains` (which also covers their subdomains). Top-level
 * visits go to interstitial.html#<the URL>, frames to the "blocked" frame page.
 * "Continue anyway" adds a session rule with a higher priority that allows that site until the
 * browser closes.
 */
type Dnr = typeof browser.declarativeNetRequest;
type Rule = Parameters<Dnr['updateDynamicRules']>[0]['addRules'] extends (infer R)[] | undefined ? R : never;

const ALLOW_PRIORITY = 2;
const FINGERPRINT_KEY = 'dnrBlockRulesFingerprint';

export function blockRules(names: readonly string[], interstitialBase: string): Rule[] {
  return blockRulesFor(names, { regexSubstitution: `${interstitialBase}#\\0` }) as Rule[];
}

/** Rules per chunk of names: one for top-level visits, one for frames. */
const RULES_PER_CHUNK = 2;

/** A cheap fingerprint so an unchanged list is not re-installed at every worker start. */
function fingerprint(names: readonly string[], interstitialBase: string): string {
  let hash = 0x811c9dc5;
  for (const name of names) {
    for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 10, 0x01000193);
  }
  return `${names.length}:${(hash >>> 0).toString(16)}:${interstitialBase}:${WARNING_PAGE_PATH}:${RULES_PER_CHUNK}`;
}

/** Makes the dynamic block rules match `names` exactly (all of them removed when empty). */
export async function installBlockRules(names: readonly string[], interstitialBase: string): Promise<void> {
  const wanted = fingerprint(names, interstitialBase);
  const stored = (await browser.storage.local.get(FINGERPRINT_KEY))[FINGERPRINT_KEY];
  const existing = await browser.declarativeNetRequest.getDynamicRules();
  if (stored === wanted && existing.length === Math.ceil(names.length / DOMAINS_PER_RULE) * RULES_PER_CHUNK) return;
  await browser.declarativeNetRequest.updateDynamicRules({
    removeRuleIds: existing.map((rule) => rule.id),
    addRules: blockRules(names, interstitialBase),
  });
  await browser.storage.local.set({ [FINGERPRINT_KEY]: wanted });
}

export async function bundledRulesEnabled(): Promise<boolean> {
  return (await browser.declarativeNetRequest.getEnabledRulesets()).includes(BUNDLED_RULESET_ID);
}

/** Turns the bundled list's static rules on or off (the "block listed sites" setting). */
export async function setBundledRulesEnabled(enabled: boolean): Promise<void> {
  if ((await bundledRulesEnabled()) === enabled) return;
  await browser.declarativeNetRequest.updateEnabledRulesets(
    enabled ? { enableRulesetIds: [BUNDLED_RULESET_ID] } : { disableRulesetIds: [BUNDLED_RULESET_ID] },
  );
}

/**
 * Lets the user open a listed site (and its subdomains) until the browser closes: visits, and the
 * site's own frames inside its pages. Another page framing it still gets the "blocked" frame.
 */
export async function allowForSessionInDnr(listedName: string): Promise<void> {
  const existing = await browser.declarativeNetRequest.getSessionRules();
  if (existing.some((rule) => rule.priority === ALLOW_PRIORITY && rule.condition.requestDomains?.includes(listedName))) return;
  const id = existing.reduce((max, rule) => Math.max(max, rule.id), 0) + 1;
  const allow = { priority: ALLOW_PRIORITY, action: { type: 'allow' } };
  await browser.declarativeNetRequest.updateSessionRules({
    addRules: [
      { id, ...allow, condition: { requestDomains: [listedName], resourceTypes: ['main_frame'] } } as Rule,
      { id: id + 1, ...allow, condition: { requestDomains: [listedName], initiatorDomains: [listedName], resourceTypes: ['sub_frame'] } } as Rule,
    ],
  });
}
