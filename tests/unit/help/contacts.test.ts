import { describe, expect, it } from 'vitest';
import { contactsFor, HELP_CONTACTS, HELP_REGIONS, isHelpRegion, regionFromLocale } from '@/rules/help/contacts';
import { FEE_RULE } from '@/rules/help/fee-rule';
import { UI_LANGS } from '@/rules/packs/schema';

/** Official domains only: police, regulators and public consumer services. */
const OFFICIAL = /(\.gov|\.gov\.uk|\.police\.uk|\.gouv\.fr|\.europa\.eu|ic3\.gov|sec\.gov|fca\.org\.uk|commissariatodips\.it|consob\.it|amf-france\.org|polizei\.de|bafin\.de|policia\.es|guardiacivil\.es|cnmv\.es|incibe\.es)$/;

describe('where victims can report', () => {
  it('covers the US, UK, Italy, France, Germany, Spain and Europe-wide', () => {
    expect([...HELP_REGIONS].sort()).toEqual(['DE', 'ES', 'EU', 'FR', 'GB', 'IT', 'US']);
    for (const region of HELP_REGIONS) expect(HELP_CONTACTS[region].length).toBeGreaterThan(0);
  });

  it('names the expected services', () => {
    const names = (region: keyof typeof HELP_CONTACTS) => HELP_CONTACTS[region].map((c) => c.name).join(' | ');
    expect(names('US')).toMatch(/IC3/);
    expect(names('US')).toMatch(/Federal Trade Commission/);
    expect(names('GB')).toMatch(/Action Fraud/);
    expect(names('GB')).toMatch(/FCA/);
    expect(names('IT')).toMatch(/Polizia Postale/);
    expect(names('IT')).toMatch(/CONSOB/);
    expect(names('FR')).toMatch(/PHAROS/);
    expect(names('FR')).toMatch(/AMF/);
    expect(names('FR')).toMatch(/Info Escroqueries/);
    expect(names('DE')).toMatch(/Onlinewache/);
    expect(names('DE')).toMatch(/BaFin/);
    expect(names('ES')).toMatch(/Policía Nacional/);
    expect(names('ES')).toMatch(/Guardia Civil/);
    expect(names('ES')).toMatch(/CNMV/);
    expect(names('EU')).toMatch(/Europol/);
    expect(names('EU')).toMatch(/ECC-Net/);
  });

  it('links only to https pages on official domains, each with a police or regulator contact per country', () => {
    for (const region of HELP_REGIONS) {
      for (const contact of HELP_CONTACTS[region]) {
        const url = new URL(contact.url);
        expect(url.protocol, contact.url).toBe('https:');
        expect(url.hostname, contact.url).toMatch(OFFICIAL);
        expect(url.username + url.password + url.search).toBe('');
      }
      expect(HELP_CONTACTS[region].some((c) => c.kind === 'police')).toBe(true);
    }
  });

  it('adds the Europe-wide services for European countries only', () => {
    expect(contactsFor('IT').slice(-HELP_CONTACTS.EU.length)).toEqual(HELP_CONTACTS.EU);
    expect(contactsFor('US')).toEqual(HELP_CONTACTS.US);
    expect(contactsFor('EU')).toEqual(HELP_CONTACTS.EU);
  });

  it('picks the country from the browser locale', () => {
    expect(regionFromLocale('it-IT')).toBe('IT');
    expect(regionFromLocale('en-GB')).toBe('GB');
    expect(regionFromLocale('en_US')).toBe('US');
    expect(regionFromLocale('es-ES')).toBe('ES');
    expect(regionFromLocale('fr')).toBe('FR');
    expect(regionFromLocale('de')).toBe('DE');
    expect(regionFromLocale('en')).toBe('US');
    expect(regionFromLocale('zh-Hant-TW')).toBe('EU');
    expect(regionFromLocale('de-AT')).toBe('EU');
    expect(regionFromLocale('es-419')).toBe('ES');
    expect(regionFromLocale('')).toBe('EU');
    expect(isHelpRegion('GB')).toBe(true);
    expect(isHelpRegion('UK')).toBe(false);
  });

  it('states the fee rule in every UI language', () => {
    expect(Object.keys(FEE_RULE).sort()).toEqual([...UI_LANGS].sort());
    for (const lang of UI_LANGS) expect(FEE_RULE[lang].length).toBeGreaterThan(40);
    expect(new Set(Object.values(FEE_RULE)).size).toBe(UI_LANGS.length);
  });
});
