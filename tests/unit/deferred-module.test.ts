import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as tldts from 'tldts';
import { describe, expect, it } from 'vitest';
import { deferModuleEvaluation } from '../../scripts/deferred-module.ts';

const plugin = deferModuleEvaluation(/\/deferred\.mjs$/);
const transform = (code: string, id = '/x/deferred.mjs') =>
  (plugin.transform as (code: string, id: string) => { code: string } | null).call({}, code, id);

/** Evaluates the transformed module as an ES module of its own. */
async function load(code: string): Promise<Record<string, (...args: unknown[]) => unknown>> {
  const file = join(mkdtempSync(join(tmpdir(), 'deferred-')), 'module.mjs');
  writeFileSync(file, transform(code)!.code);
  return import(pathToFileURL(file).href) as Promise<Record<string, (...args: unknown[]) => unknown>>;
}

describe('deferring a module\'s evaluation to its first call', () => {
  it('runs the body on the first call of an export, once, and answers as the module would', async () => {
    const key = `ran${Math.random().toString(36).slice(2)}`;
    const runs = () => (globalThis as Record<string, unknown>)[key];
    const module = await load(`globalThis.${key} = (globalThis.${key} ?? 0) + 1; const t = [1, 2]; function a(x) { return x * t[1]; } function b() { return 'b'; } export{a as double, b};`);
    expect(runs()).toBeUndefined();
    expect(module.double!(21)).toBe(42);
    expect(module.b!()).toBe('b');
    expect(runs()).toBe(1);
  });

  it('leaves other files alone and refuses a module it cannot wrap whole', () => {
    expect(transform('export const x = 1;', '/x/other.mjs')).toBeNull();
    expect(() => transform('import x from "y"; function a() {} export{a};')).toThrow(/cannot defer/);
    expect(() => transform('function a() {} export{a}; a();')).toThrow(/cannot defer/);
    expect(() => transform('export const x = 1;')).toThrow(/cannot defer/);
  });

  it('gives the bundled tldts the same answers as tldts itself', async () => {
    const prebuilt = createRequire(import.meta.url).resolve('tldts/dist/index.esm.min.js');
    const deferred = await load(readFileSync(prebuilt, 'utf8'));
    for (const url of ['https://a.b.example.co.uk/x', 'http://[::1]/', 'http://192.168.0.1/', 'https://sub.github.io', 'not a url']) {
      expect(deferred.parse!(url)).toEqual(tldts.parse(url));
      expect(deferred.getPublicSuffix!(url)).toBe(tldts.getPublicSuffix(url));
    }
  });
});
