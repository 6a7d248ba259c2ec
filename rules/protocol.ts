import * as z from 'zod/mini';
import { SettingsPatchSchema } from './settings.ts';
import { UnlockTokenSchema } from './family/unlock.ts';
import { PageSnapshotSchema } from './snapshot.ts';
import { DestinationSchema, ReportInputSchema } from './reports/schema.ts';

/**
 * Every message of the extension, declared once. Names say who sends them:
 *  - "content:*"    content script → background (unprivileged: the page may be hostile)
 *  - "page:*"       extension page (popup, options, warning page) → background
 *  - "background:*" background → content script (by tabs.sendMessage) or extension pages (by runtime.sendMessage)
 * The background parses every message against these schemas and checks the sender
 * (see entrypoints/background/router.ts); a content script's tab and host always come from
 * `sender.tab`, never from the payload.
 */

const TabId = z.int().check(z.nonnegative());
const HttpUrl = z.string().check(z.maxLength(8192), z.refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'must be an http(s) URL'));
const ReportId = z.string().check(z.minLength(1), z.maxLength(64));
const FeedId = z.string().check(z.minLength(1), z.maxLength(64));
const PersonalList = z.enum(['blocked', 'trusted']);

export const ContentToBackground = {
  /**
   * The content script's snapshot of its page or same-origin frame (rules/extract.ts): the background judges
   * it with the engine, remembers the site and answers with a CheckAnswer (rules/status.ts). The schema
   * clips an over-long field instead of refusing the snapshot, so no page escapes the check that way.
   */
  'content:check': z.object({ type: z.literal('content:check'), snapshot: PageSnapshotSchema }),
  /** The top frame is about to show the banner: load its code (entrypoints/banner) into the page's top frame. */
  'content:loadBanner': z.object({ type: z.literal('content:loadBanner') }),
  /** The user dismissed the in-page banner for this site. */
  'content:dismissBanner': z.object({ type: z.literal('content:dismissBanner') }),
  /** The user pressed the banner's "This warning is a mistake": open that form about this tab. */
  'content:openMistakeForm': z.object({ type: z.literal('content:openMistakeForm') }),
} as const;

const PageToBackground = {
  'page:tabStatus': z.object({ type: z.literal('page:tabStatus'), tabId: TabId }),
  'page:blockInfo': z.object({ type: z.literal('page:blockInfo'), url: HttpUrl }),
  /** The warning page reached without an address (a static rule): which listed site its tab was opening. */
  'page:blockedNavigation': z.object({ type: z.literal('page:blockedNavigation'), tabId: TabId }),
  /** Family mode: needs `unlockToken` from page:familyUnlock (checked in the background). */
  'page:continueAnyway': z.object({ type: z.literal('page:continueAnyway'), url: HttpUrl, unlockToken: z.optional(UnlockTokenSchema) }),
  'page:getSettings': z.object({ type: z.literal('page:getSettings') }),
  'page:setSettings': z.object({ type: z.literal('page:setSettings'), patch: SettingsPatchSchema, unlockToken: z.optional(UnlockTokenSchema) }),
  /** Family mode and administrator locks (entrypoints/background/handlers/family.ts). */
  'page:familyStatus': z.object({ type: z.literal('page:familyStatus') }),
  'page:familyUnlock': z.object({ type: z.literal('page:familyUnlock'), pin: z.string().check(z.maxLength(64)) }),
  'page:familyLock': z.object({ type: z.literal('page:familyLock') }),
  'page:familySetup': z.object({
    type: z.literal('page:familySetup'),
    /** Required to turn family mode on; optional when only the guardian's details change. */
    pin: z.optional(z.string().check(z.maxLength(64))),
    guardian: z.object({ name: z.string().check(z.maxLength(200)), phone: z.string().check(z.maxLength(60)) }),
    unlockToken: z.optional(UnlockTokenSchema),
  }),
  'page:familyDisable': z.object({ type: z.literal('page:familyDisable'), unlockToken: z.optional(UnlockTokenSchema) }),
  /** Sites the user trusts (entrypoints/background/handlers/trust.ts). */
  'page:siteTrust': z.object({ type: z.literal('page:siteTrust'), url: HttpUrl }),
  'page:trustSite': z.object({ type: z.literal('page:trustSite'), url: HttpUrl, unlockToken: z.optional(UnlockTokenSchema) }),
  'page:untrustSite': z.object({ type: z.literal('page:untrustSite'), url: HttpUrl, unlockToken: z.optional(UnlockTokenSchema) }),
  /** Reports (entrypoints/background/handlers/reports.ts). Nothing leaves the device before page:reportSend. */
  'page:reportDraft': z.object({ type: z.literal('page:reportDraft'), tabId: TabId, keepFullAddress: z.boolean() }),
  'page:reportScreenshot': z.object({ type: z.literal('page:reportScreenshot'), tabId: TabId }),
  'page:reportSave': z.object({ type: z.literal('page:reportSave'), report: ReportInputSchema }),
  'page:reportSend': z.object({
    type: z.literal('page:reportSend'),
    id: ReportId,
    destinations: z.array(DestinationSchema).check(z.minLength(1), z.maxLength(2)),
    email: z.optional(z.email().check(z.maxLength(254))),
    rememberEmail: z.boolean(),
  }),
  'page:reportRetry': z.object({ type: z.literal('page:reportRetry'), id: ReportId }),
  'page:reportList': z.object({ type: z.literal('page:reportList') }),
  'page:reportGet': z.object({ type: z.literal('page:reportGet'), id: ReportId }),
  'page:reportDelete': z.object({ type: z.literal('page:reportDelete'), id: ReportId, unlockToken: z.optional(UnlockTokenSchema) }),
  'page:reportExport': z.object({ type: z.literal('page:reportExport'), format: z.enum(['json', 'csv']) }),
  /** Feeds and personal lists (entrypoints/background/handlers/feeds.ts, personal-lists.ts). */
  'page:feeds': z.object({ type: z.literal('page:feeds') }),
  'page:addFeed': z.object({ type: z.literal('page:addFeed'), url: z.string().check(z.maxLength(2048)), unlockToken: z.optional(UnlockTokenSchema) }),
  'page:removeFeed': z.object({ type: z.literal('page:removeFeed'), id: FeedId, unlockToken: z.optional(UnlockTokenSchema) }),
  'page:setFeedEnabled': z.object({ type: z.literal('page:setFeedEnabled'), id: FeedId, enabled: z.boolean(), unlockToken: z.optional(UnlockTokenSchema) }),
  'page:updateFeeds': z.object({ type: z.literal('page:updateFeeds'), unlockToken: z.optional(UnlockTokenSchema) }),
  'page:personalLists': z.object({ type: z.literal('page:personalLists') }),
  /** confirmListed: the user saw the warning that a scam list names the site (trusting only). */
  'page:addPersonal': z.object({
    type: z.literal('page:addPersonal'),
    list: PersonalList,
    host: z.string().check(z.maxLength(2048)),
    confirmListed: z.optional(z.boolean()),
    unlockToken: z.optional(UnlockTokenSchema),
  }),
  /** Confirms, in this browser, synced or imported trust of a site a scam list names. */
  'page:confirmTrust': z.object({ type: z.literal('page:confirmTrust'), host: z.string().check(z.maxLength(2048)), unlockToken: z.optional(UnlockTokenSchema) }),
  'page:removePersonal': z.object({ type: z.literal('page:removePersonal'), host: z.string().check(z.maxLength(2048)), unlockToken: z.optional(UnlockTokenSchema) }),
  'page:exportPersonal': z.object({ type: z.literal('page:exportPersonal') }),
  'page:importPersonal': z.object({
    type: z.literal('page:importPersonal'),
    json: z.string().check(z.maxLength(1_000_000)),
    /** The person answered "yes" to trusting the sites the file trusts (page:importPersonal answers 'trust' first). */
    trustConfirmed: z.optional(z.boolean()),
    unlockToken: z.optional(UnlockTokenSchema),
  }),
} as const;

const BackgroundToContent = {
  /** The site was trusted or its verdict changed: re-read the site state. */
  'background:siteChanged': z.object({ type: z.literal('background:siteChanged') }),
} as const;

const BackgroundToPages = {
  /** The page check judged a page of this tab: a popup open on the tab reads its status again. */
  'background:tabChecked': z.object({ type: z.literal('background:tabChecked'), tabId: TabId }),
} as const;

type SchemaMap = Record<string, z.ZodMiniObject<{ type: z.ZodMiniLiteral<string> }>>;
const unionOf = <M extends SchemaMap>(map: M) =>
  z.discriminatedUnion('type', Object.values(map) as [M[keyof M], ...M[keyof M][]]);

export const ContentMessageSchema = unionOf(ContentToBackground);
export const PageMessageSchema = unionOf(PageToBackground);
export const BackgroundMessageSchema = unionOf({ ...BackgroundToContent, ...BackgroundToPages });

export type ContentMessage = z.infer<typeof ContentMessageSchema>;
export type PageMessage = z.infer<typeof PageMessageSchema>;
export type BackgroundMessage = z.infer<typeof BackgroundMessageSchema>;

/** Who sent a message, as far as the background can tell. */
type SenderKind = 'extension-page' | 'content-script' | 'foreign';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export interface Self {
  /** runtime.id */
  id: string;
  /** The extension's origin, e.g. "chrome-extension://abc" (no trailing slash). */
  origin: string;
}

export function classifySender(sender: SenderInfo, self: Self): SenderKind {
  if (sender.id !== self.id) return 'foreign';
  const url = sender.url ?? '';
  if (url === self.origin || isOwnUrl(url, self)) return 'extension-page';
  if (typeof sender.tab?.id === 'number' && sender.tab.id >= 0) return 'content-script';
  return 'foreign';
}

type Accepted =
  | { ok: true; kind: 'content-script'; message: ContentMessage; tabId: number; pageUrl: string; frameId: number }
  | { ok: true; kind: 'extension-page'; message: PageMessage };
type Rejected = { ok: false; reason: string };

/**
 * What an extension page may ask while it sits in a frame of anything but the extension: only what
 * guardian-call.html needs to name the guardian in the banner. Any web page can frame the extension's
 * web-accessible pages (the warning page, guardian-call.html), also from inside a blob: or about:blank
 * document it made itself, and lure clicks onto them with an invisible frame; such a frame must not be able
 * to let a site through, trust it or change a setting.
 */
const FRAMED_PAGE_MESSAGES: ReadonlySet<string> = new Set(['page:getSettings', 'page:familyStatus'] satisfies (keyof typeof PageToBackground)[]);

/**
 * A sub-frame whose tab does not show one of the extension's own pages at the top. A tab address the
 * browser does not tell (missing) counts as foreign: only a top frame of our own origin is trusted.
 */
function isFramedOutsideExtension(sender: SenderInfo, self: Self): boolean {
  if ((sender.frameId ?? 0) <= 0) return false;
  return !isOwnUrl(sender.tab?.url ?? '', self);
}

function isOwnUrl(url: string, self: Self): boolean {
  return url.startsWith(`${self.origin}/`);
}

/**
 * Validates a raw message against the protocol and the sender policy:
 * extension pages may send only "page:*" (framed by anything but the extension, only FRAMED_PAGE_MESSAGES), content scripts
 * only "content:*" about their own tab.
 */
export function acceptMessage(raw: unknown, sender: SenderInfo, self: Self): Accepted | Rejected {
  const kind = classifySender(sender, self);
  if (kind === 'foreign') return { ok: false, reason: 'sender is not part of this extension' };
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  if (typeof type !== 'string') return { ok: false, reason: 'message has no type' };
  if (kind === 'extension-page') {
    if (!type.startsWith('page:')) return { ok: false, reason: `extension pages may not send ${type}` };
    if (isFramedOutsideExtension(sender, self) && !FRAMED_PAGE_MESSAGES.has(type)) {
      return { ok: false, reason: `an extension page framed outside the extension may not send ${type}` };
    }
    const parsed = PageMessageSchema.safeParse(raw);
    return parsed.success ? { ok: true, kind, message: parsed.data } : { ok: false, reason: describe(type, parsed.error) };
  }
  if (!type.startsWith('content:')) return { ok: false, reason: `content scripts may not send ${type}` };
  const pageUrl = webPageUrl(sender.tab?.url ?? '');
  if (pageUrl === null) return { ok: false, reason: 'content script tab has no web URL' };
  const parsed = ContentMessageSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: describe(type, parsed.error) };
  return { ok: true, kind, message: parsed.data, tabId: sender.tab!.id!, pageUrl, frameId: sender.frameId ?? 0 };
}

/**
 * The web address a tab shows. A top-level blob: document speaks for the web page that made it
 * ("blob:https://site.example/uuid" → "https://site.example/uuid"): scam pages open their text that way too.
 */
function webPageUrl(tabUrl: string): string | null {
  const url = tabUrl.slice(0, 5).toLowerCase() === 'blob:' ? tabUrl.slice(5) : tabUrl;
  return /^https?:\/\//i.test(url) ? url : null;
}

function describe(type: string, error: z.core.$ZodError): string {
  const first = error.issues[0];
  return `invalid ${type}: ${first ? `${first.path.join('.') || 'message'} ${first.message}` : 'unknown problem'}`;
}
