import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FeedError } from '../../../rules/feeds/errors';
import { CompiledHostList } from '../../../rules/hosts/compiled-list';
import { HostMatcher, parseHostList } from '../../../rules/hosts/host-list';
import { BUNDLED_LIST_PATH } from '../../../scripts/build-bundled-list';
import { addCompiledBundledList, compiledBundledList } from '../../../scripts/compiled-bundled-list';

/** The bundled list as the worker loads it (compiled at build time) answers as the text list does. */
const text = readFileSync(BUNDLED_LIST_PATH, 'utf8');
const matcher = new HostMatcher(parseHostList(text, 'bundled').entries);
const bytes = compiledBundledList(text);
const compiled = CompiledHostList.fromArrayBuffer(bytes.slice(0));

describe('the compiled bundled list', () => {
  it('finds every listed name and its subdomains, with the list that named it', () => {
    expect(compiled.size).toBe(matcher.size);
    const differences: string[] = [];
    for (const host of matcher.hosts()) {
      for (const query of [host, `www.${host}`, `a.b.${host}`]) {
        const expected = matcher.match(query);
        const actual = compiled.match(query);
        if (actual?.matched !== expected?.matched || actual?.source !== expected?.source) differences.push(query);
      }
    }
    expect(differences).toEqual([]);
  });

  it('lists nothing the text list does not', () => {
    for (const host of ['example.com', 'google.com', 'www.wikipedia.org', 'pages.dev', 'github.io', 'uniswap.org']) {
      expect(compiled.match(host)).toEqual(matcher.match(host));
    }
    expect(compiled.match('www.google.com')).toBeNull();
  });

  it('is the same bytes at every build of the same list', () => {
    expect(Buffer.from(compiledBundledList(text)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('refuses a damaged or truncated file instead of answering from it', () => {
    const damaged = new Uint8Array(bytes.slice(0));
    damaged[damaged.length - 100]! ^= 1;
    expect(() => CompiledHostList.fromArrayBuffer(damaged.buffer)).toThrow(FeedError);
    expect(() => CompiledHostList.fromArrayBuffer(bytes.slice(0, bytes.byteLength - 8))).toThrow(FeedError);
    expect(() => CompiledHostList.fromArrayBuffer(new ArrayBuffer(8))).toThrow(FeedError);
  });

  it('is what every build ships, in place of the text', () => {
    const files: { relativeDest: string; absoluteSrc: string }[] = [
      { relativeDest: 'lists/bundled.txt', absoluteSrc: BUNDLED_LIST_PATH },
      { relativeDest: 'lists/popular-sites.txt', absoluteSrc: 'popular-sites.txt' },
    ];
    addCompiledBundledList(mkdtempSync(join(tmpdir(), 'wxt-')), files);
    expect(files.map((file) => file.relativeDest)).toEqual(['lists/popular-sites.txt', 'lists/bundled.bin', 'lists/bundled-date.json']);
    const shipped = readFileSync(files[1]!.absoluteSrc);
    expect(Buffer.from(bytes).equals(shipped)).toBe(true);
    // The day the options page gives for the built-in list is the one in the list's own header.
    const madeOn = /^# Made by .* on (\d{4}-\d{2}-\d{2}) /m.exec(readFileSync(BUNDLED_LIST_PATH, 'utf8'))![1];
    expect(JSON.parse(readFileSync(files[2]!.absoluteSrc, 'utf8'))).toEqual({ madeOn });
  });
});
