import { constructedPatterns, regexCallSites, regexLiterals, type FoundRegex } from './collect.ts';

/**
 * Every regular expression in rules/: the literals read from the sources, then the patterns the
 * modules construct when they load (see collect.ts). Throws when a `RegExp(...)` call is inside
 * a function or was not seen running, so a new pattern can never slip past the linearity tests.
 */
export async function allRulePatterns(importModule: (file: string) => Promise<unknown>): Promise<FoundRegex[]> {
  const sites = regexCallSites();
  const hidden = sites.filter((site) => !site.topLevel);
  if (hidden.length > 0) {
    throw new Error(`RegExp built inside a function (build it once at module level so it can be checked): ${hidden.map((s) => s.where).join(', ')}`);
  }
  const constructed = await constructedPatterns(importModule);
  const seen = new Set(constructed.map((found) => found.where));
  const missed = sites.filter((site) => !seen.has(site.where));
  if (missed.length > 0) throw new Error(`RegExp calls not seen running: ${missed.map((s) => s.where).join(', ')}`);
  return [...regexLiterals(), ...constructed];
}
