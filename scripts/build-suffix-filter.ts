/**
 * Writes rules/hosts/suffix-filter-data.ts, the Bloom filter behind mayBePublicSuffix
 * (rules/hosts/suffix-filter.ts), from the public-suffix trie of the installed tldts: the labels of
 * every edge below the top level, and the name under every `*` edge. Run: npm run build:suffix-filter
 * (tests/unit/hosts/suffix-filter.test.ts fails when the committed data no longer matches tldts).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { edgeChild, edgeLength, edgeStart, labelText, nodeFlags, rulesRoot } from 'tldts/dist/es6/src/data/trie.js';
import { encodeBase64 } from '../rules/feeds/base64.ts';
import { buildSuffixFilter } from '../rules/hosts/suffix-filter.ts';
import { REPO_ROOT } from './shared-data.ts';

export const SUFFIX_FILTER_DATA_PATH = resolve(REPO_ROOT, 'rules/hosts/suffix-filter-data.ts');

export interface SuffixTrieKeys {
  /** Every rule, as a name (`*` standing for any label), e.g. "co.uk", "*.ck", "github.io". */
  rules: string[];
  /** The labels of the trie's edges below the top level. */
  labels: Set<string>;
  /** The names that have a `*` rule right under them ("ck" for "*.ck"). */
  wildcardParents: Set<string>;
}

/**
 * Walks tldts's trie from the root of its rules (its exceptions only ever shorten a suffix, so they
 * cannot make a name one). A `*` edge that another `*` edge leads to would need a pattern where the
 * filter keeps a name: the walk refuses it rather than build a filter that could say "no" wrongly.
 */
export function suffixTrieKeys(): SuffixTrieKeys {
  const labelStart = new Uint32Array(edgeLength.length + 1);
  for (let edge = 0; edge < edgeLength.length; edge++) labelStart[edge + 1] = labelStart[edge]! + edgeLength[edge]!;
  const keys: SuffixTrieKeys = { rules: [], labels: new Set(), wildcardParents: new Set() };
  const visit = (node: number, path: string[], underWildcard: boolean): void => {
    if (nodeFlags[node] !== 0) keys.rules.push([...path].reverse().join('.'));
    for (let edge = edgeStart[node]!; edge < edgeStart[node + 1]!; edge++) {
      const label = labelText.slice(labelStart[edge], labelStart[edge + 1]);
      if (label === '*') {
        if (underWildcard || path.length === 0) throw new Error(`tldts's trie has a "*" rule the filter cannot hold: *.${[...path].reverse().join('.')}`);
        keys.wildcardParents.add([...path].reverse().join('.'));
      } else if (path.length > 0) {
        keys.labels.add(label);
      }
      visit(edgeChild[edge]!, [...path, label], underWildcard || label === '*');
    }
  };
  visit(rulesRoot, [], false);
  return keys;
}

/** The data module's text. */
export function renderSuffixFilterData(keys: SuffixTrieKeys): string {
  return [
    '// Made by scripts/build-suffix-filter.ts (npm run build:suffix-filter) from the installed tldts; do not edit.',
    `// ${keys.labels.size} labels and ${keys.wildcardParents.size} wildcard parents of ${keys.rules.length} public-suffix rules.`,
    `export const SUFFIX_FILTER = '${encodeBase64(buildSuffixFilter(keys.labels, keys.wildcardParents))}';`,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(SUFFIX_FILTER_DATA_PATH, renderSuffixFilterData(suffixTrieKeys()));
  console.log(`Wrote ${SUFFIX_FILTER_DATA_PATH}.`);
}
