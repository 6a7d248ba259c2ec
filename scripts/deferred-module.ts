/**
 * tldts builds its public-suffix tables (large typed-array literals) when its module is evaluated: 3 to 11 ms of
 * every worker start in Chromium, before the worker can take the navigation that woke it, even when that wake
 * only needs a lookup in the stored lists. This build step wraps such a module so that its body runs on the first
 * call of one of its functions instead (the worker then builds the tables while the stored lists are being read).
 *
 * Only for self-contained modules (no imports) whose exports are all functions: the build fails for a file without
 * one final `export{...}` clause, and a wrapper whose export turns out not to be a function throws a clear error
 * when called, so a changed tldts release cannot silently break the bundle.
 */
import type { Plugin } from 'vite';

const EXPORT_CLAUSE = /export\s*\{([^}]*)\};?\s*(\/\/# sourceMappingURL=\S*\s*)?$/;

export function deferModuleEvaluation(file: RegExp): Plugin {
  return {
    name: 'scam-sentinel:defer-module-evaluation',
    transform(code, id) {
      if (!file.test(id)) return null;
      const clause = EXPORT_CLAUSE.exec(code);
      if (clause === null || /\bimport\b|\bexport\b/.test(code.slice(0, clause.index))) {
        throw new Error(`${id}: not a self-contained module with one final export clause; cannot defer its evaluation`);
      }
      const exported = clause[1]!.split(',').map((part) => {
        const [local, name = local] = part.trim().split(/\s+as\s+/);
        return { local: local!, name: name! };
      });
      const body = code.slice(0, clause.index);
      const table = exported.map(({ local, name }) => `${JSON.stringify(name)}: ${local}`).join(', ');
      const wrappers = exported.map(
        ({ name }) => `export function ${name}(...args) { const f = load()[${JSON.stringify(name)}]; ` +
          `if (typeof f !== 'function') throw new TypeError('${name} is not a function'); return f(...args); }`,
      );
      return {
        code: `let loaded;\nfunction load() {\n  return (loaded ??= (() => {\n${body}\nreturn { ${table} };\n})());\n}\n${wrappers.join('\n')}\n`,
        map: null,
      };
    },
  };
}
