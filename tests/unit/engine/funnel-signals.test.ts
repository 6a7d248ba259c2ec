import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROBES, probesIn, type Probe } from '../../../rules/engine/probes.ts';
import { scanPhrases } from '../../../rules/engine/phrases.ts';
import { funnelSignals, limitedPlaces } from '../../../rules/engine/funnel-signals.ts';
import { normalizeText } from '../../../rules/engine/normalize.ts';
import type { PageForm } from '../../../rules/snapshot.ts';

const ids = (text: string, forms: PageForm[] = []) => funnelSignals(normalizeText(text), forms).map((s) => s.id);
const field = (name: string, type = 'text', placeholder = '') => ({ name, type, placeholder, tag: 'input' });

describe('money promised per period, in any language and currency', () => {
  it.each([
    'Start today and earn up to $1,500 a day with our app.',
    'Guadagna 900 € al giorno da casa.',
    'Zarabiaj nawet 700 zł dziennie z aplikacją.',
    'Gana 2.000 € por semana desde tu móvil.',
    'Ihr Einkommen: 12.000 € monatlich.',
    'Доход от 9 000 руб. ежедневно!',
    'Kazancınız günde 5000 TL.',
    'Vydělejte 4 000 Kč denně.',
    'Automated income of 9,000 USD / week for members.',
    'Want to make $1.000 in 60 minutes?',
  ])('%s', (text) => {
    expect(ids(text)).toContain('returns.money_per_period');
  });

  it('leaves fees, prices, limits and small sums alone', () => {
    expect(ids('Withdraw up to $10,000 per day. The card costs €5 a month.')).not.toContain('returns.money_per_period');
    expect(ids('Earn $20 a month in rewards by inviting friends.')).not.toContain('returns.money_per_period');
    expect(ids('Our lawyers: hourly rates from £250 depending on the fee earner.')).not.toContain('returns.money_per_period');
  });
});

describe('other funnel traits', () => {
  it('testimonials with profit amounts, limited places, millionaire talk, past growth', () => {
    expect(ids('Anna, Leeds. Profit: $9,410. Mark, Cork. Profit: $6,020.')).toContain('socialproof.profit_testimonials');
    expect(ids('Anna, Leeds. Profit: $9,410.')).not.toContain('socialproof.profit_testimonials');
    expect(ids('Hurry: only 9 places left in your country.')).toContain('callcenter.limited_places');
    expect(ids('Осталось 5 мест')).toContain('callcenter.limited_places');
    expect(ids('Become the next millionaire.')).toContain('returns.millionaire');
    expect(ids('The fund grew +640% since 2020.')).toContain('returns.past_growth');
  });

  it.each([
    'Brian F. just made $337 Scott D. just made $230 Tiffany L. just made $409',
    'Hubertine A. gerade gemacht €315 Ömer R. gerade gemacht €404 Sigurd S. gerade gemacht €210',
    'Giulia M. ha appena guadagnato 420 € Marco B. ha appena guadagnato 615 € Anna T. ha appena guadagnato 390 €',
  ])('a feed of initialled winners with amounts, in any language: %s', (text) => {
    expect(ids(text)).toContain('socialproof.profit_testimonials');
  });

  it('leaves fewer than three initialled amounts, and initials without amounts, alone', () => {
    expect(ids('Hubertine A. gerade gemacht €315 Ömer R. gerade gemacht €404')).not.toContain('socialproof.profit_testimonials');
    expect(ids('Written by Brian F. and Scott D. with Tiffany L. on 12 May 2024.')).not.toContain('socialproof.profit_testimonials');
    expect(ids('Price: $20, reviewed by Anna K. Shipping $5. Tax included $3.')).not.toContain('socialproof.profit_testimonials');
  });

  it.each(['It has an average of 73% successful trades.', 'Jusqu’à 85 % de trades gagnants', 'Il 90% di operazioni vincenti', '88% transakcji zyskownych'])(
    'a high share of winning trades: %s',
    (text) => {
      expect(ids(text)).toContain('socialproof.win_rate');
    },
  );

  it('leaves low shares and loss warnings alone', () => {
    expect(ids('Only 30% winning trades in a bad year.')).not.toContain('socialproof.win_rate');
    expect(ids('74% of retail investor accounts lose money when trading CFDs.')).not.toContain('socialproof.win_rate');
  });

  it('guarantees and get-rich talk in Cyrillic', () => {
    expect(ids('Пассивный доход и 100% гарантия')).toEqual(expect.arrayContaining(['returns.guaranteed', 'returns.get_rich']));
  });

  it('a call promised by a consultant, in Cyrillic', () => {
    expect(ids('Оставьте заявку и дождитесь звонка от консультанта.')).toContain('callcenter.account_manager');
  });

  it('a lead form: names, e-mail and phone, no password, no message', () => {
    const lead = { action: '', method: 'post', fields: [field('first_name'), field('last_name'), field('email', 'email'), field('phone', 'tel')] };
    expect(ids('', [lead])).toContain('callcenter.lead_form');
    const contact = { ...lead, fields: [...lead.fields, { name: 'message', type: '', placeholder: '', tag: 'textarea' }] };
    expect(ids('', [contact])).not.toContain('callcenter.lead_form');
    const signup = { ...lead, fields: [...lead.fields, field('password', 'password')] };
    expect(ids('', [signup])).not.toContain('callcenter.lead_form');
  });
});

describe('funnel probes: a pattern is skipped only where it cannot match', () => {
  const ALL = new Set(Object.keys(PROBES) as Probe[]);
  const pieces = fc.constantFrom(
    '14 free places', '3 seats', 'remaining places', 'kalan yer', 'zbyva jen par mist', 'pozostalo kilka miejsc', 'осталось мест',
    'places left', 'spots left', 'posti rimasti', 'plazas restantes', '5 yer', '12 remaining spots',
    'millionaire', 'milionario', 'milyoner', 'миллионер', 'sizi arayacak', 'zavola vam', 'presnost 92 %', 'dogruluk %95',
    'start with just €250 deposit', '250 $ minimum', 'player', 'mistake', 'x', '7', ' ', '. ', '\u2029', 'é',
  );

  it('gives the same findings as running every pattern', () => {
    fc.assert(fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
      const text = normalizeText(parts.join(' '));
      expect(funnelSignals(text, [], probesIn(text))).toEqual(funnelSignals(text, [], ALL));
    }), { numRuns: 800 });
  });

  it('the phrase scan finds every probe word a search finds', () => {
    fc.assert(fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
      const text = normalizeText(parts.join(''));
      const scanned = scanPhrases(text).probes;
      for (const group of probesIn(text)) expect(scanned.has(group)).toBe(true);
    }), { numRuns: 800 });
  });
});

describe('limitedPlaces', () => {
  // The pattern as one regex, before it was split in two (funnel-signals.ts): the split must find the same first match.
  const JOINED =
    /(?:\d{1,3} (?:free |remaining |свободных |wolnych )?(?:places|spots|seats|posti|platze|plazas|vagas|lugares|plaatsen|miejsc|мест|копии|копий|yer|θεσεις|mist)(?![a-zа-я])|(?:осталось|оставшиеся|свободных) мест|pozostalo (?:tylko |zaledwie )?(?:kilka )?miejsc|remaining places|places left|spots left|posti rimasti|plazas restantes|kalan yer|zbyva (?:jen |pouze )?(?:par |nekolik )?mist)/;
  const pieces = fc.constantFrom('places', 'remaining', 'remaining places', 'places left', 'left', 'spots', 'free', 'kalan yer',
    'свободных мест', 'осталось', 'мест', 'pozostalo', 'kilka', 'miejsc', 'zbyva', 'par', 'mist', 'yer', '7', '123', '1234', ' ', 'a', 'я');

  it('finds the first match the two patterns joined as alternatives find', () => {
    fc.assert(fc.property(fc.array(pieces, { maxLength: 10 }), fc.constantFrom('', ' '), (parts, glue) => {
      const text = parts.join(glue);
      const joined = JOINED.exec(text);
      const split = limitedPlaces(text, () => true);
      expect(split && [split.index, split[0]]).toEqual(joined && [joined.index, joined[0]]);
    }), { numRuns: 3000 });
  });

  it('reads a count of places and places said to be left', () => {
    expect(limitedPlaces('only 9 places left', () => true)?.[0]).toBe('9 places');
    expect(limitedPlaces('hurry, remaining places: 3', () => true)?.[0]).toBe('remaining places');
    expect(limitedPlaces('hurry, remaining places: 3', (group) => group !== 'placesLeft')).toBeNull();
  });
});
