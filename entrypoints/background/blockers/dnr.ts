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

/** A cheap fingerprint so an unchanged list is not re-installed at every worker start (nor after a preview, protection.ts). */
function fingerprint(names: readonly string[], interstitialBase: string): string {
  let hash = 0x811c9dc5;
  for (const name of names) {
    for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 10, 0x01000193);
  }
  return `${names.length}:${(hash >>> 0).toString(16)}:${interstitialBase}:${WARNING_PAGE_PATH}:${RULES_PER_CHUNK}`;
}

/**
 * What the last completed install put in place. Removed before each change and written once the
 * browser has the new rules, so it never describes rules that are not there.
 */
interface InstalledRules {
  fingerprint: string;
  /** Our rules are numbered 1..rules (blockRulesFor). */
  rules: number;
}

/**
 * Makes the dynamic block rules match `names` exactly (all of them removed when empty). `sent` is
 * called once the browser has the rules to install, before it is done. The rules are never read
 * back in full: with 100,000 names that takes the browser longer than installing them.
 */
export async function installBlockRules(names: readonly string[], interstitialBase: string, sent = () => {}): Promise<void> {
  const wanted = fingerprint(names, interstitialBase);
  if (installedByThisWorker === wanted) return;
  const rules = Math.ceil(names.length / DOMAINS_PER_RULE) * RULES_PER_CHUNK;
  const installed = installedRules((await browser.storage.local.get(FINGERPRINT_KEY))[FINGERPRINT_KEY]);
  if (installed?.fingerprint === wanted && (await rulesEndAt(rules))) return;
  installedByThisWorker = undefined;
  await browser.storage.local.remove(FINGERPRINT_KEY);
  const update = browser.declarativeNetRequest.updateDynamicRules({
    removeRuleIds: await ruleIdsInPlace(installed),
    addRules: blockRules(names, interstitialBase),
  });
  sent();
  await update;
  await browser.storage.local.set({ [FINGERPRINT_KEY]: { fingerprint: wanted, rules } satisfies InstalledRules });
  installedByThisWorker = wanted;
}

/**
 * The fingerprint of the rules this worker installed last (only this worker changes them): the
 * rebuild that follows a preview finds them right without asking the browser.
 */
let installedByThisWorker: string | undefined;

function installedRules(value: unknown): InstalledRules | undefined {
  const record = value as Partial<InstalledRules> | undefined;
  return typeof record?.fingerprint === 'string' && Number.isInteger(record.rules) ? (record as InstalledRules) : undefined;
}

/** Whether rule `rules` is the last one installed (none after it), asked without reading the others' names. */
async function rulesEndAt(rules: number): Promise<boolean> {
  const expected = rules === 0 ? [] : [rules];
  const found = await browser.declarativeNetRequest.getDynamicRules({ ruleIds: [...expected, rules + 1] });
  return found.map((rule) => rule.id).join() === expected.join();
}

/** The ids of the rules in place: from the record of the last install, or read when there is none (cut off, or first run). */
async function ruleIdsInPlace(installed: InstalledRules | undefined): Promise<number[]> {
  if (installed !== undefined) return Array.from({ length: installed.rules }, (_, i) => i + 1);
  return (await browser.declarativeNetRequest.getDynamicRules()).map((rule) => rule.id);
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
