import { describe, expect, it } from 'vitest';
import { collectEvidence, evaluatePage } from '../../../rules/engine/index.ts';
import { normalizeText } from '../../../rules/engine/normalize.ts';
import { starterDeposit } from '../../../rules/engine/starter-deposit.ts';

const found = (text: string) => starterDeposit(normalizeText(text)) !== null;
const page = (title: string, text: string) => ({ url: 'https://example.test/', title, text, forms: [], links: [] });
const signalIds = (title: string, text: string) => collectEvidence(page(title, text))!.signals.map((s) => s.id);

describe('the call-centre opening deposit of 250, offered as a small start', () => {
  it.each([
    ['en', 'Open your trading account today: a minimum deposit of $250 is all it takes.'],
    ['en, or more', 'To activate the software you invest €250 or more in your account.'],
    ['it', 'Apri il conto e inizia con soli 250 € di deposito.'],
    ['fr', 'Ouvrez votre compte de trading à partir de 250 € seulement.'],
    ['de', 'Zahlen Sie mindestens 250 Euro auf Ihr Handelskonto ein.'],
    ['es', 'Cree su cuenta y empiece desde 250 € de inversión.'],
    ['pt', 'Abra a sua conta com apenas 250 € de depósito.'],
    ['nl', 'Open een rekening en stort slechts €250 om te beginnen.'],
    ['pl', 'Załóż konto i wpłać tylko 250 € na start inwestycji.'],
    ['ru', 'Для начала торговли внесите депозит всего $250 на счет.'],
  ])('flags it (%s)', (_lang, text) => {
    expect(found(text)).toBe(true);
  });

  it('leaves other amounts, prices and victims\' stories alone', () => {
    expect(found('Savings account: minimum opening balance £1,000, maximum £250,000 per account.')).toBe(false);
    expect(found('Trade history: deposit $250.00, payout $410.00.')).toBe(false);
    expect(found('Flights from €250 this summer: book now.')).toBe(false);
    expect(found('The caller persuaded her to make a first deposit of 250 euros into the account.')).toBe(false);
    expect(found('Er überredete ihn zu einer ersten Einzahlung, oft 250 Euro, auf ein Konto.')).toBe(false);
  });

  it('counts as a call-centre trait next to the other funnel traits, and a police warning stays ok', () => {
    expect(signalIds('Crypto robot', 'Start with just $250 on your account.')).toContain('callcenter.starter_deposit');
    const police = page('Fake trading platforms: how the scam works',
      'Police warning. The scammers advertise on social media: "start with just €250 on your trading account". Then a so-called broker calls and asks for more. Never install remote-access software. If you have been scammed, report it to the police.');
    expect(evaluatePage(police).level).toBe('ok');
  });
});

describe('affiliate small print and no-knowledge promises', () => {
  it.each([
    ['en', 'IMPORTANT: Earnings disclaimer. USA regulation notice: this offer is not regulated within the United States.'],
    ['de', 'Haftungsausschluss für Einnahmen: Das Angebot ist in den USA nicht reguliert.'],
    ['fr', 'Avertissement sur les gains : cette offre n’est pas réglementée aux États-Unis.'],
    ['es', 'Aviso legal sobre ganancias: la oferta no está regulada en los Estados Unidos.'],
  ])('an earnings disclaimer of a lead funnel (%s)', (_lang, text) => {
    expect(signalIds('Robot', text)).toContain('callcenter.affiliate_disclaimer');
  });

  it('a regulated broker\'s risk warning is no earnings disclaimer', () => {
    const broker = 'CFDs are complex instruments and come with a high risk of losing money rapidly due to leverage. 74% of retail investor accounts lose money.';
    expect(signalIds('Broker', broker)).not.toContain('callcenter.affiliate_disclaimer');
  });

  it.each([
    ['de', 'Handeln Sie ohne Kenntnisse, die Software erledigt alles.'],
    ['it', 'Puoi guadagnare senza conoscenze di trading.'],
    ['nl', 'Beleggen zonder kennis van de markt.'],
  ])('trading without knowledge (%s)', (_lang, text) => {
    expect(signalIds('Robot', text)).toContain('callcenter.we_trade_for_you');
  });
});
