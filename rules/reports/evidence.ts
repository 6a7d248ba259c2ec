import type { TabStatus } from '../status.ts';
import { clipEvidence, type Signal } from '../verdict.ts';
import type { PageFacts } from './page-facts.ts';
import { EvidenceSchema, MAX_TITLE_CHARS, type Evidence } from './schema.ts';
import { reportableUrl } from './url.ts';

export interface EvidenceSources {
  /** What the background knows about the tab (its URL, listing and page verdict). */
  status: TabStatus;
  /** From the content script when it reported them; otherwise the tab's title and no addresses. */
  facts: PageFacts | null;
  tabTitle: string;
  keepFullAddress: boolean;
  now: Date;
  extensionVersion: string;
}

/** A blocklist listing as a signal, so the report says why the site was blocked. */
function listingSignal(listing: NonNullable<TabStatus['listing']>): Signal {
  return { id: 'blocklist.listed', family: 'blocklist', weight: 100, evidence: clipEvidence(`${listing.matched} (${listing.source})`) };
}

/**
 * Collects the evidence shown to the user before a report is saved. Throws when the tab shows no
 * web site (nothing to report).
 */
export function buildEvidence(sources: EvidenceSources): Evidence {
  const { status } = sources;
  if (status.url === null || status.host === null) throw new Error('this tab shows no web site to report');
  const signals = [...(status.listing ? [listingSignal(status.listing)] : []), ...(status.verdict?.signals ?? [])];
  return EvidenceSchema.parse({
    url: reportableUrl(status.url, sources.keepFullAddress),
    keptQuery: sources.keepFullAddress,
    host: status.host,
    // The warning page stands in for a blocked site: its title is ours, not the site's.
    pageTitle: (sources.facts?.title ?? (status.kind === 'web' ? sources.tabTitle : '')).slice(0, MAX_TITLE_CHARS),
    signals: signals.slice(0, 100),
    addresses: sources.facts?.addresses ?? [],
    capturedAt: sources.now.toISOString(),
    extensionVersion: sources.extensionVersion,
  });
}
