import { candidateDomains } from '../hosts/normalize.ts';
import { BRANDS, type Brand } from './brands.ts';
import { LOOKALIKE_EXCEPTIONS } from './lookalike-exceptions.ts';

/** Official domain → brand, built once at module load. */
const OFFICIAL = new Map<string, Brand>();
for (const brand of BRANDS) for (const domain of brand.domains) OFFICIAL.set(domain, brand);

const EXCEPTIONS = new Set(LOOKALIKE_EXCEPTIONS.map((e) => e.domain));

/** The brand whose official domain (or a sub-domain of it) this host is, or null. */
export function officialBrandOf(host: string): Brand | null {
  for (const name of candidateDomains(host)) {
    const brand = OFFICIAL.get(name);
    if (brand !== undefined) return brand;
  }
  return null;
}

/** True when the host must never be called a lookalike: an official brand domain or a documented exception. */
export function isTrustedBrandHost(host: string): boolean {
  return officialBrandOf(host) !== null || candidateDomains(host).some((name) => EXCEPTIONS.has(name));
}

/** True when `name` (e.g. "binance.com") is an official domain of some brand. */
export function isOfficialDomain(name: string): boolean {
  return OFFICIAL.has(name);
}
