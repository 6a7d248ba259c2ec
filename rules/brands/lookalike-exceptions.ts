/**
 * Registrable domains the lookalike rules would flag but that are NOT imitations: each was found by the
 * Tranco top-10k check (scripts/eval-lookalike.ts) or reported, and is listed with the reason. The list is
 * data so that every exception is visible and justified; the eval fails on any new Tranco flag.
 */
interface LookalikeException {
  domain: string;
  reason: string;
}

export const LOOKALIKE_EXCEPTIONS: readonly LookalikeException[] = [];
