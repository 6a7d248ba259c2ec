import type { PersonalLists } from './records.ts';
import type { PendingTrust } from './trust-review.ts';

/** What the options page shows of the user's own lists: the lists and the trust waiting for a confirmation here. */
export interface PersonalView {
  lists: PersonalLists;
  pending: PendingTrust[];
}

/** Answer to page:personalLists, page:addPersonal, page:removePersonal and page:confirmTrust. */
export type PersonalAnswer =
  | ({ ok: true } & PersonalView)
  | ({ ok: false; reason: 'not-a-site' | 'full' } & PersonalView)
  /** Trusting a site a scam list names: nothing changed; the page must warn and ask again with confirmListed. */
  | ({ ok: false; reason: 'listed'; host: string; listedBy: string[] } & PersonalView);

/**
 * Answer to page:importPersonal. Trusted sites a scam list names arrive as pending. A file that would trust sites
 * not trusted yet changes nothing until the request says the person confirmed them ('trust': the sites it names).
 */
export type ImportAnswer =
  | ({ ok: true; added: number; skipped: number } & PersonalView)
  | { ok: false; reason: 'invalid' | 'full'; message: string }
  | { ok: false; reason: 'trust'; hosts: string[] };
