import { normalizeHost } from '../hosts/normalize.ts';
import { forEachLine } from './lines.ts';

/**
 * Reads a Tranco ranking CSV (`rank,domain` per line, as in tranco_top_50k.csv) into a set
 * of normal names, keeping the first `limit` rows. Lines that are not `number,name` are ignored.
 */
export function parseTrancoCsv(text: string, limit = Number.POSITIVE_INFINITY): Set<string> {
  const names = new Set<string>();
  forEachLine(text, (line) => {
    if (names.size >= limit) return;
    const comma = line.indexOf(',');
    if (comma <= 0 || !/^\d+$/.test(line.slice(0, comma).trim())) return;
    const name = normalizeHost(line.slice(comma + 1));
    if (name !== null) names.add(name);
  });
  return names;
}
