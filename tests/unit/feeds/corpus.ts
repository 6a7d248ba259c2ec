import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { isListableHost, normalizeHost } from '../../../rules/hosts/normalize.ts';

/** The shared corpus lists, checked out next to the repository (../shared). */
export const LISTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/corpus/lists');

export function readList(relative: string): string {
  return readFileSync(path.join(LISTS_DIR, relative), 'utf8');
}

/** Hosts that are not exactly what normalizeHost returns, or not listable. */
export function invalidHosts(hosts: readonly string[]): string[] {
  return hosts.filter((host) => normalizeHost(host) !== host || !isListableHost(host));
}
