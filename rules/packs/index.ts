import { callcenterPack } from './callcenter.ts';
import { plansPack } from './plans.ts';
import { recoveryPack } from './recovery.ts';
import { returnsPack } from './returns.ts';
import { socialproofPack } from './socialproof.ts';
import { withdrawalPack } from './withdrawal.ts';
import { walletsPack } from './wallets.ts';
import { paymentsPack } from './payments.ts';
import { bankPack } from './bank.ts';
import type { PhraseRule } from './phrase-rule.ts';

export { contextCues } from './context.ts';

/** Every phrase rule of every family pack, in a stable order (the engine is deterministic). */
export const phraseRules: readonly PhraseRule[] = [
  ...returnsPack,
  ...plansPack,
  ...callcenterPack,
  ...withdrawalPack,
  ...recoveryPack,
  ...socialproofPack,
  ...walletsPack,
  ...paymentsPack,
  ...bankPack,
];
