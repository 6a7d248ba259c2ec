import { browser } from 'wxt/browser';

/**
 * Chromium: the user's trusted sites and the built-in allowlist as "allow" session rules that
 * outrank the block rules. Needed because a block rule's requestDomains also covers subdomains:
 * a list naming "example.com" would otherwise block the trusted "shop.example.com".
 * Session rules vanish when the browser closes; refreshBlockRules re-creates them at start-up.
 * Ours are told apart from "Continue anyway" rules (priority 2) by their own priority.
 */
type Dnr = typeof browser.declarativeNetRequest;
type Rule = Parameters<Dnr['updateSessionRules']>[0]['addRules'] extends (infer R)[] | undefined ? R : never;

const TRUSTED_PRIORITY = 3;
const NAMES_PER_RULE = 25_000;

export async function installTrustedAllowRules(allow: readonly string[], exceptions: readonly string[]): Promise<void> {
  const existing = await browser.declarativeNetRequest.getSessionRules();
  const ours = existing.filter((rule) => rule.priority === TRUSTED_PRIORITY);
  const taken = new Set(existing.filter((rule) => rule.priority !== TRUSTED_PRIORITY).map((rule) => rule.id));
  const addRules: Rule[] = [];
  let id = 1;
  for (let start = 0; start < allow.length; start += NAMES_PER_RULE) {
    while (taken.has(id)) id += 1;
    addRules.push({
      id,
      priority: TRUSTED_PRIORITY,
      action: { type: 'allow' },
      condition: {
        requestDomains: allow.slice(start, start + NAMES_PER_RULE),
        ...(exceptions.length > 0 ? { excludedRequestDomains: [...exceptions] } : {}),
        resourceTypes: ['main_frame', 'sub_frame'],
      },
    } as Rule);
    id += 1;
  }
  await browser.declarativeNetRequest.updateSessionRules({ removeRuleIds: ours.map((rule) => rule.id), addRules });
}
