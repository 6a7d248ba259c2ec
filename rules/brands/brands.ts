import type { Brand } from './brand.ts';
import { BANKS } from './brands-banks.ts';
import { BROKERS } from './brands-brokers.ts';
import { EXCHANGES } from './brands-exchanges.ts';
import { PROTOCOLS } from './brands-protocols.ts';
import { WALLETS } from './brands-wallets.ts';

export type { Brand, BrandKind } from './brand.ts';

/** Every protected brand: exchanges, wallets, brokers and payment apps, banks, protocols and explorers. */
export const BRANDS: readonly Brand[] = [...EXCHANGES, ...WALLETS, ...BROKERS, ...BANKS, ...PROTOCOLS];
