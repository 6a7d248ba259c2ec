import type { Guardian } from './guardian.ts';
import type { SettingName } from './managed.ts';

/** Answer to page:familyStatus: what pages need to know about family mode and administrator locks. */
export interface FamilyStatus {
  /** On, or its stored record is damaged (which keeps everything locked). */
  enabled: boolean;
  /** The stored record is damaged: whether the PIN still unlocks it, or nothing can. */
  damaged: 'pin-works' | 'pin-lost' | null;
  /** Who to call before sending money: the family guardian, else the administrator's contact. */
  guardian: Guardian | null;
  /** While the PIN is refused after too many wrong tries. */
  retryAfterMs: number;
  attemptsLeft: number;
  /** Settings the administrator locked (storage.managed). */
  lockedSettings: SettingName[];
}

export type FamilySetupProblem = 'name' | 'phone' | 'pin';

/** Answer to page:familySetup. */
export type FamilySetupResult = { ok: true; status: FamilyStatus } | { ok: false; problems: FamilySetupProblem[] };

/** Answer to page:siteTrust, page:trustSite and page:untrustSite. */
export interface SiteTrust {
  /** The registrable domain trust applies to. */
  site: string | null;
  /** Trusted in this browser (trust of a listed site waiting for a confirmation does not count). */
  trusted: boolean;
  /** The scam lists that name the site, whatever the user's trust: the popup never offers trust then. */
  listedBy: string[];
}
