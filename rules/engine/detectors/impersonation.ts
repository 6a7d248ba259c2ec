import { officialBrandOf } from '../../brands/official.ts';
import type { Signal } from '../../verdict.ts';
import type { PageContext } from '../context.ts';
import {
  brandClaimsAfter, brandClaimsFromMatches, hasPasswordField, scanBrandClaims, scanTitleClaim, type BrandClaim, type ClaimScan,
} from './brand-claim.ts';
import { IMPERSONATION_RULES } from './impersonation-rules.ts';
import { findLookalike, type LookalikeMatch } from './lookalike.ts';

/**
 * Impersonation: (a) a lookalike, homoglyph or brand-as-sub-domain host of a protected brand; (b) a page
 * that presents itself as a protected brand, on a host the brand does not own, while asking for a login
 * or a deposit. A page that merely mentions a brand (news, reviews, wallet lists) is not a claim, and a
 * page without a known host (a saved file) cannot be judged for (b).
 */
const RULE = Object.fromEntries(IMPERSONATION_RULES.map((r) => [r.id, r]));

// A site names itself at the top (header, "Welcome to…", login box) and at the bottom ("© 2024 …"), so
// claims are looked for there only: long articles in between cost nothing.
const CLAIM_HEAD_CHARS = 8_000;
const CLAIM_TAIL_CHARS = 2_000;

function headAndTail(text: string): string {
  if (text.length <= CLAIM_HEAD_CHARS + CLAIM_TAIL_CHARS) return text;
  return `${text.slice(0, CLAIM_HEAD_CHARS)} \n ${text.slice(-CLAIM_TAIL_CHARS)}`;
}

function signal(id: string, evidence: string): Signal {
  const rule = RULE[id]!;
  return { id, family: rule.family, weight: rule.weight, evidence };
}

function lookalikeSignal(host: string, match: LookalikeMatch): Signal {
  const evidence = `${match.shown === host ? host : `${host} (${match.shown})`} ≈ ${match.brand.domains[0]}`;
  if (match.homoglyph) return signal('impersonation.homoglyph_domain', evidence);
  if (match.how === 'subdomain') return signal('impersonation.brand_subdomain', evidence);
  return signal('impersonation.lookalike_domain', evidence);
}

export function claimScan(ctx: Pick<PageContext, 'text' | 'brandClaimMatches'>): ClaimScan {
  if (!ctx.brandClaimMatches) return scanBrandClaims(headAndTail(ctx.text));
  // A short page is read whole: the engine's one scan already found the claim phrases in it.
  if (ctx.text.length <= CLAIM_HEAD_CHARS + CLAIM_TAIL_CHARS) return brandClaimsFromMatches(ctx.text, ctx.brandClaimMatches);
  // A long page's head is the page's own start: the scan found its claims too, so only the seam and the tail are read.
  return brandClaimsAfter(headAndTail(ctx.text), CLAIM_HEAD_CHARS, ctx.brandClaimMatches);
}

function claimSignal(ctx: PageContext): Signal | null {
  const host = ctx.host!;
  // The page is on a brand's own domain: its claims are true (and it may name partners).
  if (officialBrandOf(host) !== null) return null;
  const { claims, asksForDeposit } = claimScan(ctx);
  // A claim counts only on a page that asks for a deposit or a password: without, the title need not be read.
  if (!asksForDeposit && !hasPasswordField(ctx.snapshot)) return null;
  const titleClaim = scanTitleClaim(ctx.snapshot.title);
  const all: BrandClaim[] = titleClaim ? [titleClaim, ...claims] : claims;
  if (all.length === 0) return null;
  const claim = all[0]!;
  return signal('impersonation.brand_claim', `"${claim.evidence}" on ${host}`);
}

export function detectImpersonation(ctx: PageContext): Signal[] {
  if (ctx.host === null) return [];
  const signals: Signal[] = [];
  const match = findLookalike(ctx.host, ctx.popularSite === true);
  if (match) signals.push(lookalikeSignal(ctx.host, match));
  const claim = claimSignal(ctx);
  if (claim) signals.push(claim);
  return signals;
}
