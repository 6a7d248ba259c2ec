import { useState } from 'preact/hooks';
import { contactsFor, HELP_REGIONS, regionFromLocale, type ContactKind, type HelpRegion } from '@/rules/help/contacts';
import { FEE_RULE } from '@/rules/help/fee-rule';
import type { Translate } from '@/rules/i18n';
import type { UiLang } from '@/rules/packs/schema';
import './family.css';

interface VictimHelpProps {
  t: Translate;
  /** The UI language (for the fee rule). */
  lang: UiLang;
  /** The browser's locale, e.g. "it-IT" (browser.i18n.getUILanguage()); picks the first country shown. */
  browserLocale: string;
  /** "lost-money": the user said they lost money; "recovery": a site offers to recover lost money. */
  reason: 'lost-money' | 'recovery';
  /** Heading level, so the section fits the page's outline. Default 2. */
  headingLevel?: 2 | 3;
}

const KIND_KEYS: Record<ContactKind, string> = { police: 'helpKindPolice', regulator: 'helpKindRegulator', consumer: 'helpKindConsumer' };
const REGION_KEYS: Record<HelpRegion, string> = {
  US: 'helpRegionUS',
  GB: 'helpRegionGB',
  IT: 'helpRegionIT',
  FR: 'helpRegionFR',
  DE: 'helpRegionDE',
  ES: 'helpRegionES',
  EU: 'helpRegionEU',
};

/**
 * Help for someone who has lost money: the one rule (nobody legitimate charges to recover it),
 * then where to report in their country, as links to official sites only.
 */
export function VictimHelp({ t, lang, browserLocale, reason, headingLevel = 2 }: VictimHelpProps) {
  const [region, setRegion] = useState<HelpRegion>(() => regionFromLocale(browserLocale));
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const selectId = `help-region-${reason}`;
  return (
    <section class="victim-help" data-testid="victim-help" aria-labelledby={`${selectId}-heading`}>
      <Heading id={`${selectId}-heading`}>{reason === 'recovery' ? t('helpRecoveryHeading') : t('helpHeading')}</Heading>
      <p class="fee-rule" data-testid="fee-rule"><strong>{FEE_RULE[lang]}</strong></p>
      <p>{t('helpCallBank')}</p>
      <label class="field" for={selectId}>{t('helpCountry')}</label>
      <select id={selectId} value={region} data-testid="help-region" onChange={(event) => setRegion(event.currentTarget.value as HelpRegion)}>
        {HELP_REGIONS.map((code) => (
          <option key={code} value={code}>{t(REGION_KEYS[code])}</option>
        ))}
      </select>
      <p class="help-where">{t('helpWhereToReport')}</p>
      <ul class="help-contacts">
        {contactsFor(region).map((contact) => (
          <li key={contact.url} data-testid="help-contact">
            <a href={contact.url} target="_blank" rel="noopener noreferrer">
              {contact.name}
              <span class="visually-hidden"> {t('helpOpensNewTab')}</span>
            </a>
            <span class="help-kind">{t(KIND_KEYS[contact.kind])}</span>
            {contact.phone && <span class="help-phone">{t('helpPhone', contact.phone)}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
