// tldts's public-suffix trie, as its ES build ships it (types in dist/types/src/data/trie.d.ts, which the ES
// file's path does not lead to). Read only at build time, by scripts/build-suffix-filter.ts.
declare module 'tldts/dist/es6/src/data/trie.js' {
  export const nodeFlags: Uint8Array;
  export const edgeStart: Uint16Array;
  export const edgeLength: Uint8Array;
  export const edgeChild: Uint16Array;
  export const labelText: string;
  export const rulesRoot: number;
}
