import * as z from 'zod/mini';
import { extractAddresses } from '../addresses/extract.ts';

/**
 * Crypto addresses seen on a page, for the evidence of a report (where victims were told to pay).
 * The finding itself is rules/addresses/extract.ts (checksums verified where the format has one);
 * this keeps the kinds a report shows. Polkadot-style (ss58) matches are left out: that extractor
 * only finds them for lookups in known-scam sets, not as deposit addresses.
 */
const CHAINS = ['bitcoin', 'evm', 'tron'] as const;
const ChainSchema = z.enum(CHAINS);

export const CryptoAddressSchema = z.object({
  chain: ChainSchema,
  address: z.string().check(z.minLength(20), z.maxLength(100), z.regex(/^[A-Za-z0-9]+$/)),
});
type CryptoAddress = z.infer<typeof CryptoAddressSchema>;

const CHAIN_OF_KIND = { btc: 'bitcoin', evm: 'evm', tron: 'tron' } as const;

export function addressesOnPage(text: string, limit = 50): CryptoAddress[] {
  const found: CryptoAddress[] = [];
  for (const { kind, address } of extractAddresses(text)) {
    if (kind === 'ss58') continue;
    found.push({ chain: CHAIN_OF_KIND[kind], address });
    if (found.length >= limit) break;
  }
  return found;
}
