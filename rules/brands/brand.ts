/**
 * The shape of a protected brand. Brands are DATA (one file per kind): adding a brand means adding one
 * line, never touching the detectors.
 */
export type BrandKind = 'exchange' | 'wallet' | 'broker' | 'bank' | 'protocol' | 'payment';

export interface Brand {
  /** How the brand writes its own name, e.g. "Trust Wallet". */
  name: string;
  kind: BrandKind;
  /** Official registrable domains (eTLD+1). A page on one of these, or a sub-domain, is the brand itself. */
  domains: readonly string[];
  /**
   * Distinctive domain-label forms (a-z0-9 only), invented words such as "binance" or "metamask": a
   * domain label that contains one, or misspells one, imitates the brand.
   */
  labels: readonly string[];
  /**
   * Ordinary words or very short names ("ledger", "ig", "okx"): they imitate the brand only as a whole
   * token combined with phishing words ("ledger-live-support", "okx-login"), never as a substring or a typo.
   */
  weak?: readonly string[];
  /** Ordinary words that contain one of `labels` ("revolution" ⊃ "revolut"): no imitation when inside one. */
  notInside?: readonly string[];
  /** How page text names the brand (normalised form), when it differs from the lower-cased name. */
  names?: readonly string[];
  /**
   * The name is also an ordinary word ("Ledger", "Fidelity", "Gemini"): a page names the brand as itself
   * only with a strong anchor ("welcome to …", "sign in to …"), not with a trailing "login".
   */
  ordinaryName?: boolean;
}

/** Compact constructor for the data files: brand(name, kind, domains, labels, extra). */
export function brand(
  name: string,
  kind: BrandKind,
  domains: readonly string[],
  labels: readonly string[],
  extra: Omit<Brand, 'name' | 'kind' | 'domains' | 'labels'> = {},
): Brand {
  return { name, kind, domains, labels, ...extra };
}
