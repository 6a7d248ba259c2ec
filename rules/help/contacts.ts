/**
 * Where a victim of an investment scam can report it, country by country. Only the official
 * sites of police, financial regulators and public consumer services: scammers run fake
 * "recovery" agencies, so nothing else may ever appear here.
 *
 * REVIEW PERIODICALLY (at least once a year, and before each release): these addresses were
 * written from knowledge of the official sites, not checked live. Services get renamed
 * (Action Fraud → Report Fraud in the UK) and move; check each link still lands on the
 * official reporting page. Last reviewed: 2025, by the Scam Sentinel maintainers.
 */
export const HELP_REGIONS = ['US', 'GB', 'IT', 'FR', 'DE', 'ES', 'EU'] as const;
export type HelpRegion = (typeof HELP_REGIONS)[number];
/** Regions in the European Union or Europe-wide services' reach: they also show the EU contacts. */
const EUROPEAN_REGIONS: readonly HelpRegion[] = ['IT', 'FR', 'DE', 'ES'];

/** What the contact does for a victim; the UI explains each kind in the user's language. */
export type ContactKind = 'police' | 'regulator' | 'consumer';

interface HelpContact {
  /** The official name, as the service calls itself (not translated). */
  name: string;
  kind: ContactKind;
  /** The official web page; always https. */
  url: string;
  /** A free public phone line, when the service is mainly one. */
  phone?: string;
}

export const HELP_CONTACTS: Record<HelpRegion, HelpContact[]> = {
  US: [
    { name: 'FBI Internet Crime Complaint Center (IC3)', kind: 'police', url: 'https://www.ic3.gov/' },
    { name: 'Federal Trade Commission (ReportFraud.ftc.gov)', kind: 'consumer', url: 'https://reportfraud.ftc.gov/' },
    { name: 'U.S. Securities and Exchange Commission (SEC)', kind: 'regulator', url: 'https://www.sec.gov/tcr' },
  ],
  GB: [
    { name: 'Report Fraud (formerly Action Fraud)', kind: 'police', url: 'https://www.actionfraud.police.uk/' },
    { name: 'Financial Conduct Authority (FCA)', kind: 'regulator', url: 'https://www.fca.org.uk/consumers/report-scam-us' },
  ],
  IT: [
    { name: 'Polizia Postale e delle Comunicazioni', kind: 'police', url: 'https://www.commissariatodips.it/' },
    { name: 'CONSOB', kind: 'regulator', url: 'https://www.consob.it/' },
  ],
  FR: [
    { name: 'PHAROS (internet-signalement.gouv.fr)', kind: 'police', url: 'https://www.internet-signalement.gouv.fr/' },
    { name: 'Autorité des marchés financiers (AMF)', kind: 'regulator', url: 'https://www.amf-france.org/' },
    { name: 'Info Escroqueries', kind: 'consumer', url: 'https://www.cybermalveillance.gouv.fr/', phone: '0 805 805 817' },
  ],
  DE: [
    { name: 'Onlinewache der Polizei', kind: 'police', url: 'https://www.onlinewache.polizei.de/' },
    { name: 'Bundesanstalt für Finanzdienstleistungsaufsicht (BaFin)', kind: 'regulator', url: 'https://www.bafin.de/' },
  ],
  ES: [
    { name: 'Policía Nacional', kind: 'police', url: 'https://www.policia.es/' },
    { name: 'Guardia Civil', kind: 'police', url: 'https://www.guardiacivil.es/' },
    { name: 'Comisión Nacional del Mercado de Valores (CNMV)', kind: 'regulator', url: 'https://www.cnmv.es/' },
    { name: 'INCIBE – Línea de Ayuda en Ciberseguridad', kind: 'consumer', url: 'https://www.incibe.es/', phone: '017' },
  ],
  EU: [
    { name: 'Europol – report cybercrime online', kind: 'police', url: 'https://www.europol.europa.eu/report-a-crime/report-cybercrime-online' },
    {
      name: 'European Consumer Centres Network (ECC-Net)',
      kind: 'consumer',
      url: 'https://commission.europa.eu/live-work-travel-eu/consumer-rights-and-complaints/resolve-your-consumer-complaint/european-consumer-centres-network-ecc-net_en',
    },
  ],
};

/** The contacts shown for a region: its own, then the Europe-wide ones for European countries. */
export function contactsFor(region: HelpRegion): HelpContact[] {
  const own = HELP_CONTACTS[region];
  return EUROPEAN_REGIONS.includes(region) ? [...own, ...HELP_CONTACTS.EU] : own;
}

const LANGUAGE_DEFAULT_REGION: Record<string, HelpRegion> = { en: 'US', it: 'IT', fr: 'FR', de: 'DE', es: 'ES' };

/**
 * The help region for a browser locale: "it-IT" → IT, "en-GB" → GB, "en" → US. A country we
 * have no list for ("de-AT", "fr-BE") gets the Europe-wide services rather than another
 * country's police; the user can always pick another country.
 */
export function regionFromLocale(locale: string): HelpRegion {
  const [language = '', ...rest] = locale.trim().replace(/_/g, '-').split('-');
  const country = rest.find((part) => /^[A-Za-z]{2}$/.test(part))?.toUpperCase();
  if (country !== undefined) {
    if (country === 'UK') return 'GB';
    return (HELP_REGIONS as readonly string[]).includes(country) ? (country as HelpRegion) : 'EU';
  }
  return LANGUAGE_DEFAULT_REGION[language.toLowerCase()] ?? 'EU';
}

export function isHelpRegion(value: string): value is HelpRegion {
  return (HELP_REGIONS as readonly string[]).includes(value);
}
