import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { dependencies, ROOT } from '../module-graph.ts';

/** The worker loads the page check's engine on first use (page-engine.ts); module-graph.ts follows no `import()`. */
it("the worker's start evaluates no part of the page check's engine, rule packs or brand tables", () => {
  const { modules } = dependencies(resolve(ROOT, 'entrypoints/background/index.ts'));
  const engine = modules.filter((module) => /^rules\/(engine|brands)\//.test(module) || (/^rules\/packs\//.test(module) && module !== 'rules/packs/schema.ts'));
  expect(engine).toEqual([]);
});
