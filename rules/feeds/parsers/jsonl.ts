import type { EntrySink } from '../entry-sink.ts';
import { addJsonElement } from './json-array.ts';

/** One line of a JSON-lines list: an object with a domain/url/host field, or a JSON string. */
export function parseJsonLine(line: string, sink: EntrySink): void {
  const trimmed = line.trim();
  if (trimmed === '') return;
  let element: unknown;
  try {
    element = JSON.parse(trimmed);
  } catch {
    sink.skip(trimmed);
    return;
  }
  addJsonElement(element, sink);
}
