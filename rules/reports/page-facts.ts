import * as z from 'zod/mini';
import type { PageSnapshot } from '../snapshot.ts';
import { addressesOnPage, CryptoAddressSchema } from './addresses.ts';
import { MAX_ADDRESSES, MAX_TITLE_CHARS } from './schema.ts';

/**
 * What a content script tells the background about its page for a possible report: the title and
 * the crypto addresses it shows. Sent as "content:pageFacts"; the host always comes from the
 * sender's tab, never from these facts.
 */
export const PageFactsSchema = z.object({
  title: z.string().check(z.maxLength(MAX_TITLE_CHARS)),
  addresses: z.array(CryptoAddressSchema).check(z.maxLength(MAX_ADDRESSES)),
});
export type PageFacts = z.infer<typeof PageFactsSchema>;

export function pageFactsFromSnapshot(snapshot: Pick<PageSnapshot, 'title' | 'text'>): PageFacts {
  return {
    title: snapshot.title.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE_CHARS),
    addresses: addressesOnPage(snapshot.text, MAX_ADDRESSES),
  };
}
