import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';

/**
 * The built extension's scripts, as the browser loads them: no JSON-schema code (zod classic brings it with
 * every schema), at most one copy of zod's core and of tldts's public-suffix data in each file.
 * tests/unit/library-imports.test.ts checks the imports behind this in the source.
 */
function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? scripts(join(dir, entry.name)) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : [],
  );
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
const files = scripts(EXTENSION_DIR);

describe('the built scripts', () => {
  it('include the background, the content script and the pages', () => {
    const names = files.map((file) => relative(EXTENSION_DIR, file));
    expect(names).toContain('background.js');
    expect(names).toContain('content-scripts/scan.js');
    expect(names.some((name) => name.startsWith('chunks/popup-'))).toBe(true);
  });

  it.each(files.map((file) => [relative(EXTENSION_DIR, file), file]))('%s: no JSON-schema code, one zod, one tldts', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    // The JSON-schema generator names the draft it writes; zod's core names each class once; tldts's suffix data
    // holds each internationalised suffix once.
    expect(count(text, /draft-2020-12|toJSONSchema/g)).toBe(0);
    expect(count(text, /[`"']\$ZodString[`"']/g)).toBeLessThanOrEqual(1);
    expect(count(text, /xn--mgbaam7a8h/g)).toBeLessThanOrEqual(1);
  });

  it('the background has zod and tldts (the checks above look at real code)', () => {
    const background = readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8');
    expect(count(background, /[`"']\$ZodString[`"']/g)).toBe(1);
    expect(count(background, /xn--mgbaam7a8h/g)).toBe(1);
  });
});
