import type { RuleInfo } from '../../packs/schema.ts';
import type { Detector } from '../context.ts';
import { detectAddresses } from './addresses.ts';
import { ADDRESSES_RULES } from './addresses-rules.ts';
import { detectCredentials } from './credentials.ts';
import { CREDENTIALS_RULES } from './credentials-rules.ts';
import { detectHyipKit } from './hyip-kit.ts';
import { HYIP_KIT_RULES } from './hyip-kit-rules.ts';
import { detectImpersonation } from './impersonation.ts';
import { IMPERSONATION_RULES } from './impersonation-rules.ts';
import { detectWalletIssueMenu } from './wallet-issues.ts';

/** Code detectors (impersonation, addresses, credentials, wallet-fixer menus, HYIP kit structure) and the rules they can emit. */
export const codeDetectors: Detector[] = [detectCredentials, detectWalletIssueMenu, detectImpersonation, detectAddresses, detectHyipKit];
export const codeDetectorRules: RuleInfo[] = [...CREDENTIALS_RULES, ...IMPERSONATION_RULES, ...ADDRESSES_RULES, ...HYIP_KIT_RULES];

