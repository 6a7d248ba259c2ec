import type { EntrySink } from '../entry-sink.ts';
import { FeedError } from '../errors.ts';

/** Object fields that name the listed site, in order of preference. */
const HOST_FIELDS = ['domain', 'host', 'hostname', 'url'] as const;

/**
 * One element of a JSON list: a hostname/URL string, or an object with a domain, host,
 * hostname or url field (gekkedev, cmc badlist). Anything else is skipped.
 */
export function addJsonElement(element: unknown, sink: EntrySink): void {
  if (typeof element === 'string') {
    sink.add(element);
    return;
  }
  if (element !== null && typeof element === 'object' && !Array.isArray(element)) {
    const record = element as Record<string, unknown>;
    for (const field of HOST_FIELDS) {
      const value = record[field];
      if (typeof value === 'string') {
        sink.add(value);
        return;
      }
    }
  }
  sink.skip(element);
}

/** A JSON array of hostnames (ScamSniffer domains.json, EtherAddressLookup lists). */
export function parseJsonArray(value: unknown, sink: EntrySink): void {
  if (!Array.isArray(value)) throw new FeedError('malformed', 'The list is JSON, but not an array of sites.');
  for (const element of value) addJsonElement(element, sink);
}

/** Parses JSON, turning a syntax error into a FeedError the user can read. */
export function parseJsonBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 120) : 'syntax error';
    throw new FeedError('malformed', `The list looks like JSON but cannot be read (${detail}); it may be cut off.`);
  }
}
