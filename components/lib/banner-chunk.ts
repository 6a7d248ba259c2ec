import type { BannerModel } from '@/rules/status';

/**
 * The meeting point of the content script and the banner's code (entrypoints/banner), which the background
 * loads into the page's top frame only once a page is flagged. Both run in the extension's isolated world
 * of that frame, where this global lives; the page's own scripts cannot see it.
 */
export interface BannerChunk {
  /** Shows the banner, or updates the one already shown. */
  show(model: BannerModel): void;
  hide(): void;
  /**
   * The user closed the banner on this flagged site: shows `reminder` once, when the user's focus reaches a
   * money, card, phone, wallet or password field (`focused`: the field that has the focus now, if any).
   */
  remindAtSensitiveField(reminder: BannerModel, focused?: Element | null): void;
  /** Hides the banner and gives the page its space back while the report's picture is taken (false: back). */
  hideForPicture(hidden: boolean): void;
  /** The banner's own (closed) shadow root, if it is shown: the page check must not read the banner's words as the page's. */
  ownRoot(): Node | null;
}

/** Also read by the report's picture (entrypoints/background/reports/screenshot.ts), which runs in this world. */
export const BANNER_CHUNK_KEY = '__scamSentinelBanner';

export function loadedBannerChunk(): BannerChunk | undefined {
  return (globalThis as Record<string, unknown>)[BANNER_CHUNK_KEY] as BannerChunk | undefined;
}

export function registerBannerChunk(chunk: BannerChunk): void {
  (globalThis as Record<string, unknown>)[BANNER_CHUNK_KEY] ??= chunk;
}
