import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { dependencies, ROOT } from '../module-graph.ts';

/**
 * What a woken worker evaluates before it can answer its first navigation check: module-graph.ts follows no
 * `import()`, so these are the modules the build evaluates at every wake. The rest loads at its first use.
 */
const atStart = dependencies(resolve(ROOT, 'entrypoints/background/index.ts')).modules;

it("the worker's start evaluates no part of the page check's engine, rule packs or brand tables (page-engine.ts)", () => {
  const engine = atStart.filter((module) => /^rules\/(engine|brands)\//.test(module) || (/^rules\/packs\//.test(module) && module !== 'rules/packs/schema.ts'));
  expect(engine).toEqual([]);
});

it("the worker's start evaluates neither the message protocol nor any message handler (message-routing.ts)", () => {
  const messages = atStart.filter((module) => /^entrypoints\/background\/(router|handlers\/)/.test(module) || module === 'rules/protocol.ts');
  expect(messages).toEqual([]);
});

it("the worker's start evaluates neither the reports' service nor their store: the retry alarm loads them", () => {
  const reports = atStart.filter((module) => /^entrypoints\/background\/reports\/(service|store|queue)\.ts$/.test(module));
  expect(reports).toEqual([]);
});
