/**
 * Every regular expression in rules/, found by reading the sources with the TypeScript compiler
 * (not a hand-picked list): each regex literal, and each `new RegExp(...)` / `RegExp(...)` call.
 *
 * A literal is rebuilt from its text. A constructed pattern is only known when its module runs,
 * so `constructedPatterns` records every RegExp built while all rules/ modules are imported;
 * the tests then check that this found as many as there are call sites, and every call site must
 * be at a module's top level (a pattern built inside a function from variable input could not be
 * checked here at all, which is the point of the rule).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const RULES_DIR = new URL('../../rules/', import.meta.url).pathname;

export interface FoundRegex {
  /** "rules/file.ts:line" */
  where: string;
  regex: RegExp;
}

export interface RegexCallSite {
  where: string;
  /** The call is outside every function (runs once when the module loads). */
  topLevel: boolean;
}

export function ruleSources(dir = RULES_DIR): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...ruleSources(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) files.push(path);
  }
  return files.sort();
}

function walk(file: string, visit: (node: ts.Node, where: string, insideFunction: boolean) => void): void {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const name = relative(join(RULES_DIR, '..'), file);
  const recurse = (node: ts.Node, insideFunction: boolean): void => {
    const where = `${name}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
    visit(node, where, insideFunction);
    const inside = insideFunction || ts.isFunctionLike(node) || ts.isClassStaticBlockDeclaration(node);
    ts.forEachChild(node, (child) => recurse(child, inside));
  };
  recurse(source, false);
}

/** Every regex literal in rules/, compiled as it is written. */
export function regexLiterals(files = ruleSources()): FoundRegex[] {
  const found: FoundRegex[] = [];
  for (const file of files) {
    walk(file, (node, where) => {
      if (node.kind !== ts.SyntaxKind.RegularExpressionLiteral) return;
      const text = (node as ts.RegularExpressionLiteral).text;
      const slash = text.lastIndexOf('/');
      found.push({ where, regex: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
    });
  }
  return found;
}

/** Every `new RegExp(...)` or `RegExp(...)` call in rules/. */
export function regexCallSites(files = ruleSources()): RegexCallSite[] {
  const sites: RegexCallSite[] = [];
  for (const file of files) {
    walk(file, (node, where, insideFunction) => {
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        sites.push({ where, topLevel: !insideFunction });
      }
    });
  }
  return sites;
}

/**
 * Imports every rules/ module with RegExp replaced by a recording subclass, and returns the
 * patterns built by code in rules/ (a library's own patterns are left out: the stack says who
 * built it). Needs a fresh module graph (vi.resetModules) so each module runs here.
 */
export async function constructedPatterns(importModule: (file: string) => Promise<unknown>): Promise<FoundRegex[]> {
  const found: FoundRegex[] = [];
  const Original = globalThis.RegExp;
  const rulesPath = RULES_DIR.replace(/\/$/, '');
  const Recording = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const regex = new target(...args);
      const caller = new Error().stack?.split('\n').slice(2).find((line) => !line.includes('node_modules'));
      const at = caller?.match(/(\/[^():]+\.ts):(\d+)/);
      if (at && at[1]!.startsWith(rulesPath)) found.push({ where: `${relative(join(RULES_DIR, '..'), at[1]!)}:${at[2]}`, regex });
      return regex;
    },
    apply(_target, _this, args: [string | RegExp, string?]) {
      return Reflect.construct(Recording, args) as RegExp;
    },
  });
  globalThis.RegExp = Recording;
  try {
    for (const file of ruleSources()) await importModule(file);
  } finally {
    globalThis.RegExp = Original;
  }
  return found;
}
