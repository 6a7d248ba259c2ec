/**
 * The declarativeNetRequest rules that replace listed sites, in one shape for the rules compiled
 * into the extension at build time (the bundled list, scripts/bundled-ruleset.ts) and the rules the
 * worker installs for feeds and the user's own list (entrypoints/background/blockers/dnr.ts).
 * Each chunk of names gives two rules: a top-level visit goes to the warning page, a frame of
 * another page goes to the small "blocked" frame page (which offers no way through).
 */

/** Where a rule sends the blocked request: a page of the extension, by path or by a URL pattern. */
type DnrRedirect = { extensionPath: string } | { regexSubstitution: string };

interface DnrBlockRule {
  id: number;
  priority: number;
  action: { type: 'redirect'; redirect: DnrRedirect };
  condition: {
    regexFilter?: string;
    requestDomains: string[];
    resourceTypes: ('main_frame' | 'sub_frame')[];
  };
}

const BLOCK_PRIORITY = 1;
/** The id of the bundled list's static ruleset in the manifest. */
export const BUNDLED_RULESET_ID = 'bundled';
/** Names per rule: large chunks keep the rule count far below Chromium's rule limits. */
export const DOMAINS_PER_RULE = 25_000;
/** The small page a blocked frame shows instead of the listed site. */
export const BLOCKED_FRAME_PATH = '/blocked-frame.html';
export const WARNING_PAGE_PATH = '/interstitial.html';

export function blockRulesFor(names: readonly string[], mainFrame: DnrRedirect): DnrBlockRule[] {
  const rules: DnrBlockRule[] = [];
  for (let start = 0; start < names.length; start += DOMAINS_PER_RULE) {
    const requestDomains = names.slice(start, start + DOMAINS_PER_RULE);
    // regexSubstitution needs a regexFilter whose whole match (\0) is the blocked URL.
    const filter = 'regexSubstitution' in mainFrame ? { regexFilter: '^https?://.*$' } : {};
    rules.push(
      {
        id: rules.length + 1,
        priority: BLOCK_PRIORITY,
        action: { type: 'redirect', redirect: mainFrame },
        condition: { ...filter, requestDomains, resourceTypes: ['main_frame'] },
      },
      {
        id: rules.length + 2,
        priority: BLOCK_PRIORITY,
        action: { type: 'redirect', redirect: { extensionPath: BLOCKED_FRAME_PATH } },
        condition: { requestDomains, resourceTypes: ['sub_frame'] },
      },
    );
  }
  return rules;
}
