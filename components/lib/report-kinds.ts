import type { ReportKind } from '@/rules/reports/schema';

/** The locale key of each report kind, for the form and the history. */
export const REPORT_KIND_KEYS: Record<ReportKind, string> = {
  'fake-trading': 'reportKindFakeTrading',
  'fake-recovery': 'reportKindFakeRecovery',
  'wallet-theft': 'reportKindWalletTheft',
  'bank-impersonation': 'reportKindBankImpersonation',
  other: 'reportKindOther',
  'false-positive': 'mistakeAction',
};
