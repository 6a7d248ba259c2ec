import { check } from 'recheck';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { adversarialInputs, measureRatio, type InputRecipe } from '../regex/adversarial';
import { allRulePatterns } from '../regex/all-patterns';
import { builtExtensionId, launchFirefox, type FirefoxBrowser } from './firefox/launch';
import { FirefoxTab } from './firefox/page';

/**
 * Every regular expression in rules/ (found as in tests/unit/regex/linear-time.test.ts) on the
 * same worst-case inputs, timed inside Firefox's own engine on a plain page: a pattern that is
 * linear in V8 can still be quadratic, or overflow the stack, in SpiderMonkey. Same ratio test
 * (under 16× per character from 10k to 80k characters; quadratic is 64×). Firefox's clock is
 * coarse (1 ms), so only scans taking 20 ms or more at 80k are timed; anything quicker on 80k
 * characters cannot be quadratic.
 */
const SETTINGS = { short: 10_000, long: 80_000, runs: 3, measurableMs: 20 };
const MAX_RATIO = 16;

vi.resetModules();
const patterns = await allRulePatterns((file) => import(/* @vite-ignore */ file));

let firefox: FirefoxBrowser;
let page: FirefoxTab;

beforeAll(async () => {
  // No site is visited: the proxy port is never used.
  firefox = await launchFirefox(9, builtExtensionId());
  page = await FirefoxTab.open(firefox.bidi);
});

afterAll(async () => {
  await firefox?.close();
});

/** The slowest ratio per input, measured in the page; an exception (stack overflow) is reported as such. */
async function ratiosInFirefox(regex: RegExp, recipes: InputRecipe[]): Promise<string[]> {
  const expression = `(() => {
    const measure = ${measureRatio.toString()};
    const recipes = ${JSON.stringify(recipes)};
    const slow = [];
    for (const recipe of recipes) {
      try {
        let ratio = Infinity;
        for (let attempt = 0; attempt < 3 && ratio >= ${MAX_RATIO}; attempt++) {
          ratio = Math.min(ratio, measure(${JSON.stringify(regex.source)}, ${JSON.stringify(regex.flags)}, recipe, ${JSON.stringify(SETTINGS)}));
        }
        if (ratio >= ${MAX_RATIO}) slow.push(recipe.name + ': ' + ratio.toFixed(1) + 'x');
      } catch (error) {
        slow.push(recipe.name + ': ' + String(error));
      }
    }
    return JSON.stringify(slow);
  })()`;
  return JSON.parse(await page.evaluate<string>(expression, 120_000)) as string[];
}

describe('Firefox: every regular expression in rules/ runs in linear time', () => {
  it.each(patterns.map((p) => [`${p.where} ${String(p.regex).slice(0, 60)}`, p.regex] as const))('%s', async (_name, regex) => {
    const diagnostics = await check(regex.source, regex.flags, { timeout: 20_000 });
    expect(await ratiosInFirefox(regex, adversarialInputs(regex, diagnostics)), String(regex)).toEqual([]);
  });
});
