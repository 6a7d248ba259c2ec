import type { Signal } from './verdict.ts';

/**
 * The kind of scam a page's signs point to, so the banner can name it ("this looks like a fake
 * recovery service") instead of calling everything an investment scam. Each sign's family counts for
 * one kind with its weight; the kind with the most weight wins (ties: the order below). Families
 * that say nothing about the kind (social proof, a listed site) count for none.
 */
const SCAM_KINDS = ['recovery', 'wallet', 'impersonation', 'high-yield', 'broker'] as const;
type ScamKind = (typeof SCAM_KINDS)[number];

const KIND_OF_FAMILY: Record<string, ScamKind> = {
  recovery: 'recovery',
  credentials: 'wallet',
  impersonation: 'impersonation',
  plans: 'high-yield',
  returns: 'broker',
  withdrawal: 'broker',
  callcenter: 'broker',
};

/** The UI text key naming each kind ("a fake broker or trading platform"). */
export const SCAM_KIND_KEYS: Record<ScamKind, string> = {
  broker: 'scamKindBroker',
  recovery: 'scamKindRecovery',
  wallet: 'scamKindWallet',
  impersonation: 'scamKindImpersonation',
  'high-yield': 'scamKindHighYield',
};

export function scamKindOf(signals: readonly Pick<Signal, 'family' | 'weight'>[]): ScamKind | null {
  const weight = new Map<ScamKind, number>();
  for (const signal of signals) {
    const kind = KIND_OF_FAMILY[signal.family];
    if (kind) weight.set(kind, (weight.get(kind) ?? 0) + Math.max(0, signal.weight));
  }
  let best: ScamKind | null = null;
  for (const kind of SCAM_KINDS) if ((weight.get(kind) ?? 0) > (best ? weight.get(best)! : 0)) best = kind;
  return best;
}
