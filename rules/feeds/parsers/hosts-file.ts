import type { EntrySink } from '../entry-sink.ts';
import { isPlainLowerHost } from '../../hosts/plain-host.ts';
import { stripHashComment } from '../lines.ts';

/** Addresses hosts files point blocked names at. */
const SINK_ADDRESS = /^(?:0\.0\.0\.0|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|0|::1?|255\.255\.255\.255|fe80::1%lo0|ff0[0-2]::[0-2])$/;

/** Names every hosts file maps to itself; they are not list entries. */
const BOILERPLATE = new Set([
  'localhost',
  'localhost.localdomain',
  'local',
  'broadcasthost',
  'ip6-localhost',
  'ip6-loopback',
  'ip6-localnet',
  'ip6-mcastprefix',
  'ip6-allnodes',
  'ip6-allrouters',
  'ip6-allhosts',
  '0.0.0.0',
]);

/**
 * A hosts file line: `0.0.0.0 scam.example [more names]  # comment`. A line holding only a
 * name is accepted too, since some "hosts" lists mix both styles.
 */
export function parseHostsFileLine(line: string, sink: EntrySink): void {
  const content = stripHashComment(line);
  if (content === '') return;
  const fields = content.split(/\s+/);
  const names = fields.length > 1 && SINK_ADDRESS.test(fields[0]!) ? fields.slice(1) : fields;
  for (const name of names) {
    if (BOILERPLATE.has(name.toLowerCase())) continue;
    sink.add(name);
  }
}

/** The sink addresses most hosts files use, each followed by one space (the fast path's lines). */
const COMMON_SINK_PREFIXES = ['0.0.0.0 ', '127.0.0.1 '];

/**
 * parseHostsFileLine for text[start, stop) when the line is `0.0.0.0 name`, `127.0.0.1 name` or
 * `name` with a plain lower-case name, without making strings for the parts. False for any other line.
 */
export function parseHostsFileSpan(text: string, start: number, stop: number, sink: EntrySink): boolean {
  const prefix = COMMON_SINK_PREFIXES.find((candidate) => text.startsWith(candidate, start));
  const from = start + (prefix?.length ?? 0);
  if (!isPlainLowerHost(text, from, stop)) return false;
  const name = text.slice(from, stop);
  if (!BOILERPLATE.has(name)) sink.addPlain(name);
  return true;
}

/** True when the line looks like `<sink address> <name>`; used by format detection. */
export function isHostsFileLine(line: string): boolean {
  const space = line.search(/\s/);
  return space > 0 && SINK_ADDRESS.test(line.slice(0, space)) && line.slice(space).trim() !== '';
}
