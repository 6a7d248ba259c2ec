import { describe, expect, it } from 'vitest';
import { evaluatePage } from '../../../rules/engine/index.ts';
import { formSignals } from '../../../rules/engine/form-signals.ts';
import { hyipRoute } from '../../../rules/engine/detectors/hyip-kit.ts';
import { findPlanTable } from '../../../rules/engine/detectors/plan-table.ts';
import { scanPhrases } from '../../../rules/engine/phrases.ts';
import { phraseSignals } from '../../../rules/engine/signals.ts';
import { normalizeText } from '../../../rules/engine/normalize.ts';
import type { PageForm, PageSnapshot } from '../../../rules/snapshot.ts';

type Field = PageForm['fields'][number];
const field = (name: string, type = 'text', placeholder = ''): Field => ({ name, type, placeholder });
const form = (...fields: Field[]): PageForm => ({ action: '', method: 'post', fields });
const page = (text: string, forms: PageForm[] = []): PageSnapshot => ({ url: 'https://example.test/', title: '', text, forms, links: [] });
const ids = (text: string, forms: PageForm[] = []) => evaluatePage(page(text, forms)).signals.map((s) => s.id);
/** Signal ids of the phrase rules alone, on the normalised text (no forms, no rates). */
const phraseIds = (text: string) => {
  const normalised = normalizeText(text);
  const { owners, hits } = scanPhrases(normalised);
  return phraseSignals(normalised, owners, hits, null).map((s) => s.id);
};

describe('HYIP script form fingerprint (plans.hyip_form)', () => {
  it('fires on the hidden "a" dispatcher next to a field of the script', () => {
    const support = form(field('a', 'hidden'), field('action', 'hidden'), field('email'), field('validation_number'));
    const login = form(field('a', 'hidden'), field('follow', 'hidden'), field('username'), field('password', 'password'));
    expect(formSignals([support]).map((s) => s.id)).toEqual(['plans.hyip_form']);
    expect(formSignals([login]).map((s) => s.id)).toEqual(['plans.hyip_form']);
  });

  it('needs both: a visible "a" field, or script-like names without the dispatcher, are ordinary forms', () => {
    expect(formSignals([form(field('a'), field('validation_number'))])).toEqual([]);
    expect(formSignals([form(field('action', 'hidden'), field('rand_ref', 'checkbox'))])).toEqual([]);
    expect(formSignals([form(field('a', 'hidden'), field('action', 'hidden'), field('q'))])).toEqual([]);
  });
});

describe('HYIP script page address (plans.hyip_route)', () => {
  it('reads the script\'s dispatcher: a first parameter "a" naming one of its actions', () => {
    expect(hyipRoute('https://alpha-yield.test/?a=signup')).toBe('signup');
    expect(hyipRoute('https://alpha-yield.test/index.php?a=deposit_history')).toBe('deposit_history');
    expect(hyipRoute('https://alpha-yield.test/?a=FAQ')).toBe('faq');
    expect(hyipRoute('https://alpha-yield.test/?a=cust&page=about_us')).toBe('cust&page=about_us');
  });

  it('ignores other uses of "a" and other parameters', () => {
    expect(hyipRoute('https://shop.test/?a=search&q=shoes')).toBeNull();
    expect(hyipRoute('https://shop.test/?page=2&a=signup')).toBeNull();
    expect(hyipRoute('https://shop.test/?a=cust')).toBeNull();
    expect(hyipRoute('https://shop.test/signup?ref=a')).toBeNull();
    expect(hyipRoute('not a url')).toBeNull();
  });

  it('adds a plans signal that warns together with what the page says, in any language', () => {
    const about = (url: string) => ({
      url,
      title: 'Chi siamo',
      text: 'Benvenuti nella piattaforma di investimento. Lorem ipsum dolor sit amet. Registrati e accedi al tuo conto.',
      forms: [],
      links: [],
    });
    const onKit = evaluatePage(about('https://rendita-alta.test/?a=cust&page=about'));
    expect(onKit.signals.map((s) => s.id)).toContain('plans.hyip_route');
    expect(onKit.level).not.toBe('ok');
    expect(evaluatePage(about('https://rendita-alta.test/chi-siamo')).level).toBe('ok');
  });

  it('an honest forum that logs in through "?a=login" stays ok', () => {
    const login = form(field('username'), field('password', 'password'));
    const forum = { ...page('Members login. Forgot your password? Read the forum rules before posting.', [login]), url: 'https://forum.test/index.php?a=login' };
    const verdict = evaluatePage(forum);
    expect(verdict.signals.map((s) => s.id)).toContain('plans.hyip_route');
    expect(verdict.level).toBe('ok');
  });
});

describe('investment-plan table shape (plans.plan_table)', () => {
  const table = (text: string) => findPlanTable(normalizeText(text)) !== null;

  it('finds a profit column next to duration, minimum, maximum or plan columns, values filled or not', () => {
    expect(table('Our plans | Days | Duration | % R.O.I | $ Minimum | $ Maximum | Invest now')).toBe(true);
    expect(table('Plan | Spent Amount ($) | Profit (%)')).toBe(true);
    expect(table('Starter | ROI 1.5% | Term 10 days | Min $50 | Max $999')).toBe(true);
  });

  it('reads plan cards in every language', () => {
    expect(table('Piano Argento · Profitto 12% · Durata 7 giorni · Minimo 100 € · Massimo 5.000 €')).toBe(true);
    expect(table('Paket Gold | Gewinn 3 % | Laufzeit 20 Tage | Mindestbetrag 500 €')).toBe(true);
    expect(table('Formule Or | Gain 2 % | Durée 30 jours | Minimum 200 € | Maximum 9 999 €')).toBe(true);
    expect(table('Plan Oro | Ganancia 2,5% | Plazo 15 días | Mínimo 100 USDT')).toBe(true);
    expect(table('Plano Ouro | Lucro 2% | Prazo 30 dias | Mínimo 100 USDT')).toBe(true);
    expect(table('Pakket Goud | Winst 2% | Looptijd 30 dagen | Minimaal 100 USDT')).toBe(true);
    expect(table('Pakiet Złoty | Zysk 2% | Okres 30 dni | Minimalna kwota 100 USDT')).toBe(true);
    expect(table('Тариф VIP | Прибыль 2% | Срок 30 дней | Минимум 100 USDT')).toBe(true);
  });

  it('leaves alone interest, APY and profit-rate tables, portfolio tables and prose', () => {
    expect(table('Term | Interest rate (AER) | Minimum deposit | Maximum deposit | 12 months | 4.1% | £1,000 | £250,000')).toBe(false);
    expect(table('ETH staking | Duration 30, 60 or 90 days | Est. APY 4.2% | Minimum 0.1 ETH | Maximum 100 ETH')).toBe(false);
    expect(table('Tenure 12 months | Expected profit rate 3.9% | Minimum amount AED 10,000 | Maximum amount')).toBe(false);
    expect(table('Asset | Amount | Profit (%) | BTC | 0.5 | +12%')).toBe(false);
    expect(table('Order ticket: amount, take profit 2%, stop loss, duration, minimum lot')).toBe(false);
    expect(table('Our savings plan pays a return of 3% over 365 days.')).toBe(false);
  });
});

describe('pig-butchering "quant / arbitrage / AI yield" plan pages warn in every language', () => {
  // Invented VIP-level plan pages: a labelled daily yield in a plan card (returns.high_rate + plans.plan_table).
  const vipPages = [
    'AI quantitative arbitrage. VIP 1 | Minimum 100 USDT | Daily income 1.6% | Cycle 7 days. VIP 2 | Minimum 1000 USDT | Daily income 2.2% | Cycle 15 days.',
    'Arbitraggio quantitativo con IA. VIP 1 | Minimo 100 USDT | Profitto giornaliero 1,6% | Durata 7 giorni. VIP 2 | Minimo 1000 USDT | Profitto giornaliero 2,2%.',
    'Quant-Arbitrage mit KI. VIP 1 | Mindestbetrag 100 USDT | Tagesgewinn 1,6 % | Laufzeit 7 Tage. VIP 2 | Mindestbetrag 1000 USDT | Tagesgewinn 2,2 %.',
    'Arbitrage quantitatif par IA. VIP 1 | Minimum 100 USDT | Gain journalier 1,6 % | Durée 7 jours. VIP 2 | Minimum 1000 USDT | Gain journalier 2,2 %.',
    'Arbitraje cuantitativo con IA. VIP 1 | Mínimo 100 USDT | Ganancia diaria 1,6% | Plazo 7 días. VIP 2 | Mínimo 1000 USDT | Ganancia diaria 2,2%.',
    'Arbitragem quantitativa com IA. VIP 1 | Mínimo 100 USDT | Lucro diário 1,6% | Prazo 7 dias. VIP 2 | Mínimo 1000 USDT | Lucro diário 2,2%.',
    'Kwantitatieve arbitrage met AI. VIP 1 | Minimaal 100 USDT | Dagwinst 1,6% | Looptijd 7 dagen. VIP 2 | Minimaal 1000 USDT | Dagwinst 2,2%.',
    'Arbitraż kwantowy z AI. VIP 1 | Minimalna kwota 100 USDT | Dzienny zysk 1,6% | Okres 7 dni. VIP 2 | Minimalna kwota 1000 USDT | Dzienny zysk 2,2%.',
  ];

  it.each(vipPages.map((text) => [text.slice(0, 40), text]))('%s…', (_name, text) => {
    const verdict = evaluatePage(page(text));
    expect(verdict.signals.map((s) => s.id)).toEqual(expect.arrayContaining(['returns.high_rate', 'plans.plan_table']));
    expect(verdict.level).not.toBe('ok');
  });

  it.each([
    'Customer service will give you the task each morning; your commission is paid in USDT.',
    'Il servizio clienti ti assegnerà il compito del giorno, con la commissione in USDT.',
    'Le service client vous donnera la tâche du jour et votre commission.',
    'Der Kundenservice gibt Ihnen die Aufgabe des Tages, die Provision folgt sofort.',
    'El servicio al cliente le dará la tarea diaria con su comisión en USDT.',
    'O atendimento lhe dará a tarefa do dia e a comissão em USDT.',
    'De klantenservice geeft u de taak van vandaag; commissie in USDT.',
    'Obsługa klienta przydzieli ci zadanie, prowizja w USDT.',
  ])('tasks handed out by customer service or a mentor: %s', (text) => {
    expect(phraseIds(text)).toContain('callcenter.assigned_tasks');
  });

  it('doing a task, or tasks with no one handing them out for money, is not the trait', () => {
    expect(phraseIds('Our customer service team will complete the task of verifying your identity within 24 hours.')).not.toContain(
      'callcenter.assigned_tasks',
    );
    expect(phraseIds('The project lead will give you the task list on Monday.')).not.toContain('callcenter.assigned_tasks');
  });

  it('a task platform page with a labelled daily yield warns', () => {
    const text = 'Smart quant income. Your mentor will give you the task every day. Daily income: 2.5% of your USDT balance.';
    const verdict = evaluatePage(page(text));
    expect(verdict.signals.map((s) => s.id)).toEqual(expect.arrayContaining(['callcenter.assigned_tasks', 'returns.high_rate']));
    expect(verdict.level).not.toBe('ok');
  });

  it('an exchange staking page with a lock-up, APY and minimums stays ok', () => {
    const staking = 'ETH staking. Locked product | Duration 90 days | Est. APY 4.2% | Minimum 0.1 ETH | Maximum 100 ETH. Rewards are variable and not guaranteed.';
    expect(evaluatePage(page(staking)).level).toBe('ok');
  });
});

describe('payout accounts at sign-up (addresses.payout_accounts)', () => {
  const signup = form(
    field('username'),
    field('password', 'password'),
    field('pay_account[48]', 'text', 'Your Bitcoin Account'),
    field('pay_account[92]', 'text', 'Your Tether TRC20 Account'),
    field('pay_account[51]', 'text', 'Your ePayCore Account'),
  );

  it('fires when one form asks accounts in three payment systems', () => {
    const [signal] = formSignals([signup]);
    expect(signal?.id).toBe('addresses.payout_accounts');
    expect(signal?.evidence).toContain('Your Bitcoin Account');
  });

  it('works in other languages and on field names alone', () => {
    const italian = form(field('btc', 'text', 'Il tuo indirizzo Bitcoin'), field('eth', 'text', 'Il tuo portafoglio Ethereum'), field('usdt_wallet'));
    expect(formSignals([italian]).map((s) => s.id)).toEqual(['addresses.payout_accounts']);
  });

  it('stays quiet on a converter (currencies, no accounts) and on one withdrawal address', () => {
    const converter = form(field('btc', 'number', 'Bitcoin'), field('eth', 'number', 'Ethereum'), field('usdt', 'number', 'USDT'));
    const withdrawal = form(field('address', 'text', 'Your USDT TRC20 address'), field('amount', 'number'));
    expect(formSignals([converter, withdrawal])).toEqual([]);
  });

  it('the same system twice counts once', () => {
    const twice = form(field('a1', 'text', 'Tether ERC20 wallet'), field('a2', 'text', 'Tether TRC20 wallet'), field('a3', 'text', 'USDT wallet'));
    expect(formSignals([twice])).toEqual([]);
  });
});

describe('rules that need what a page leaves out ("absent")', () => {
  it('a company number counts only on a page that names no regulator', () => {
    expect(phraseIds('Crypto Yield Ltd, UK Company No. 14894737. Invest now.')).toContain('socialproof.company_registration');
    const regulated = 'Broker Ltd, company number 0123456, authorised and regulated by the Financial Conduct Authority (FRN 123456).';
    expect(phraseIds(regulated)).not.toContain('socialproof.company_registration');
  });

  it('WalletConnect sentences under another name are a copied identity; with the name they are not', () => {
    const clone =
      'Chaps Connect establishes a remote pairing between two apps using a relay server to relay payloads. ' +
      'Payloads are symmetrically encrypted through a shared key between the two peers.';
    expect(phraseIds(clone)).toContain('impersonation.renamed_walletconnect');
    expect(phraseIds(clone.replace('Chaps Connect', 'WalletConnect'))).not.toContain('impersonation.renamed_walletconnect');
  });
});

describe('"near" rules find their partner anywhere on a long page', () => {
  it('a partner after many other partner words still counts', () => {
    // Twelve early payment words, then the one that belongs to the crypto payment demand.
    const text = `${'payment terms apply. '.repeat(12)}${'lorem '.repeat(60)}The payment is made only in USDT.`;
    expect(phraseIds(text)).toContain('addresses.crypto_payment');
  });

  it('unlimited earnings need the word earnings next to the limit word', () => {
    expect(phraseIds('Your earnings are not limited, invite more partners.')).toContain('returns.unlimited_earnings');
    expect(phraseIds('Unlimited storage and unlimited users for your team.')).not.toContain('returns.unlimited_earnings');
  });
});

describe('HYIP pages of the kinds the corpus misses are flagged only with two families', () => {
  // Whether strong evidence of ONE family warns is fitted (rules/engine/fitted-weights.ts), not fixed here.
  it('a sign-up page with only the script fingerprint gives evidence of one family only', () => {
    const signup = form(field('a', 'hidden'), field('action', 'hidden'), field('rand_ref', 'checkbox'));
    const verdict = evaluatePage(page('Please sign up. Our system requires an upline for each user. Enter the Transaction Code.', [signup]));
    expect(new Set(verdict.signals.map((s) => s.family))).toEqual(new Set(['plans']));
  });

  it('an exchange affiliate page with a referral commission and unlimited earnings stays ok', () => {
    const affiliate = 'Join our affiliate program: earn a referral commission on trading fees. Unlimited earning potential. Terms apply.';
    expect(ids(affiliate)).toContain('returns.unlimited_earnings');
    expect(evaluatePage(page(affiliate)).level).toBe('ok');
  });
});
