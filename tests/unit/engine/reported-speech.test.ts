import { describe, expect, it } from 'vitest';
import { collectEvidence } from '../../../rules/engine/index.ts';
import { normalizeText } from '../../../rules/engine/normalize.ts';
import fc from 'fast-check';
import { scanPhrases } from '../../../rules/engine/phrases.ts';
import { clauseBefore, isReported, listHeader, reportWordSpansIn } from '../../../rules/engine/reported-speech.ts';

/** isReported on the first occurrence of `phrase` in `sentence` (both normalised like page text). */
function reported(sentence: string, phrase: string): boolean {
  const text = normalizeText(sentence);
  const start = text.indexOf(normalizeText(phrase));
  expect(start, `"${phrase}" in "${text}"`).toBeGreaterThanOrEqual(0);
  return isReported(text, start, start + normalizeText(phrase).length);
}

const evidence = (text: string, forms: Parameters<typeof collectEvidence>[0]['forms'] = []) =>
  collectEvidence({ url: 'https://example.test/', title: '', text, forms, links: [] })!;
const ids = (text: string) => evidence(text).signals.map((s) => s.id);

describe('reported speech: a scam promise the page attributes to others or calls false', () => {
  it.each([
    ['en', 'Swindlers keep promising guaranteed returns to retired people.', 'guaranteed returns'],
    ['en', 'Be wary of anyone who offers to recover your funds after a loss.', 'recover your funds'],
    ['en', 'The caller told her that AnyDesk would make the transfer faster.', 'anydesk'],
    ['en', 'Victims are asked to pay an upfront fee before any money moves.', 'upfront fee'],
    ['en', 'Then the so-called guaranteed returns vanish.', 'guaranteed returns'],
    ['fr', 'Méfiez-vous des faux rendements garantis.', 'rendements garantis'],
    ['fr', 'Les escrocs vous promettent un rendement garanti chaque mois.', 'rendement garanti'],
    ['fr', 'Ils vous demandent d’installer AnyDesk pour « vérifier » le compte.', 'anydesk'],
    ['de', 'Die angeblichen Berater locken mit garantierter Rendite.', 'garantierter rendite'],
    ['de', 'Vorsicht vor Firmen, die anbieten, Ihr Geld zurückzuholen.', 'geld zuruckzuholen'],
    ['it', 'I truffatori promettono rendimenti garantiti a chi investe subito.', 'rendimenti garantiti'],
    ['it', 'Falsi consulenti offrono di recuperare i fondi perduti.', 'recuperare i fondi'],
    ['es', 'Los supuestos asesores prometen ganancias garantizadas.', 'ganancias garantizadas'],
    ['es', 'Desconfíe de quien le pide un pago por adelantado.', 'pago por adelantado'],
    ['pt', 'Os golpistas prometem lucro garantido em poucas semanas.', 'lucro garantido'],
    ['nl', 'Oplichters beloven gegarandeerd rendement aan nieuwe klanten.', 'gegarandeerd rendement'],
    ['pl', 'Oszuści obiecują gwarantowany zysk każdemu, kto wpłaci.', 'gwarantowany zysk'],
    ['en', 'What are safe account scams and how do they start?', 'safe account'],
    ['en', 'Ignore companies that promise guaranteed returns on crypto.', 'guaranteed returns'],
    ['en', 'Crooks often tell pensioners to install AnyDesk first.', 'anydesk'],
    ['de', 'Dabei wird eine garantierte Rendite von 9 % im Monat versprochen.', 'garantierte rendite'],
    ['de', 'Meiden Sie Anbieter, die sichere Gewinne versprechen, und melden Sie sie.', 'sichere gewinne'],
    ['nl', 'Let op sites die u gegarandeerd rendement beloven.', 'gegarandeerd rendement'],
    ['it', 'Diffidate di chiunque offre rendimenti garantiti via WhatsApp.', 'rendimenti garantiti'],
  ])('%s: "%s" reports "%s"', (_lang, sentence, phrase) => {
    expect(reported(sentence, phrase)).toBe(true);
  });

  it.each([
    ['en', 'We offer guaranteed returns on every plan.', 'guaranteed returns'],
    ['en', 'We kindly ask you to pay the upfront fee today.', 'upfront fee'],
    ['en', 'Our ethical hackers recover your funds from scammers.', 'recover your funds'],
    ['en', 'We help victims of fake brokers recover their funds.', 'recover their funds'],
    ['en', 'We can help victims of fake brokers recover their funds.', 'recover their funds'],
    ['en', 'Victims of schemes promising high returns can now recover their funds with our lawyers.', 'recover their funds'],
    ['fr', 'Nous aidons les victimes de faux courtiers à récupérer votre argent.', 'recuperer votre argent'],
    ['de', 'Opfer falscher Broker: wir holen Ihr Geld zurück.', 'wir holen ihr geld zuruck'],
    ['it', 'Hai perso soldi con falsi broker? Recuperare i fondi è possibile.', 'recuperare i fondi'],
    ['fr', 'Nous vous proposons un rendement garanti de 8 %.', 'rendement garanti'],
    ['de', 'Wir bitten Sie, die Vorabgebühr zu überweisen.', 'vorabgebuhr'],
    ['it', 'Ti offriamo rendimenti garantiti ogni settimana.', 'rendimenti garantiti'],
    ['es', 'Le ofrecemos ganancias garantizadas desde el primer día.', 'ganancias garantizadas'],
    ['pt', 'Oferecemos lucro garantido a todos os membros.', 'lucro garantido'],
    ['nl', 'Wij bieden gegarandeerd rendement op uw inleg.', 'gegarandeerd rendement'],
    ['pl', 'Oferujemy gwarantowany zysk każdego dnia.', 'gwarantowany zysk'],
  ])('%s: the page\'s own offer "%s" is not reported', (_lang, sentence, phrase) => {
    expect(reported(sentence, phrase)).toBe(false);
  });

  it('reads only the clause of the match: a warning in the sentence before or after does not excuse the pitch', () => {
    expect(reported('Beware of fake brokers. Guaranteed returns of 4% every week!', 'guaranteed returns')).toBe(false);
    expect(reported('Garantierte Rendite jeden Monat. Was andere versprechen, halten wir.', 'garantierte rendite')).toBe(false);
    const text = normalizeText('Scammers promise a lot. Guaranteed returns here');
    expect(clauseBefore(text, text.indexOf('guaranteed'))).toBe('');
  });

  it('a warning article in several languages gets no promise signals, and the reported promises add awareness', () => {
    const warning =
      'Scammers promise guaranteed profits. Fraudsters are offering to recover your funds for an upfront fee. ' +
      'Les escrocs promettent des gains garantis. Die Betrüger versprechen sichere Gewinne. ' +
      'I truffatori promettono guadagni garantiti.';
    const article = evidence(warning);
    expect(article.signals.map((s) => s.id)).not.toContain('returns.guaranteed');
    expect(article.signals.map((s) => s.id)).not.toContain('withdrawal.upfront_fee');
    // The same words said by the page itself are still the scam's own promise.
    const pitch = 'We guarantee profits: guaranteed profits every day. We recover your funds. Our upfront fee is small.';
    expect(ids(pitch)).toContain('returns.guaranteed');
    expect(evidence(pitch).context.awareness).toBeLessThan(article.context.awareness);
  });

  it('a described deposit ("victims are asked to make a deposit") does not make the page one that takes money', () => {
    expect(evidence('Then victims are asked to make a deposit to unlock the withdrawal.').context.takesMoney).toBe(false);
    expect(evidence('Make a deposit to unlock the withdrawal.').context.takesMoney).toBe(true);
  });

  it.each([
    ['en', 'What we will never ask you to:\n- move your savings\n- install AnyDesk on your laptop', 'anydesk'],
    ['fr', 'Nous ne vous demanderons jamais de :\n- payer des frais\n- installer AnyDesk', 'anydesk'],
    ['de', 'Wir werden Sie niemals auffordern:\n- Geld zu überweisen\n- AnyDesk zu installieren', 'anydesk'],
    ['es', 'Nunca le pediremos que:\n• nos dé su clave\n• instale AnyDesk', 'anydesk'],
    ['it', 'Segnali di allarme\u2029- rendimenti garantiti ogni mese\u2029- richiesta di AnyDesk', 'anydesk'],
    ['pl', 'Sygnały ostrzegawcze:\n- gwarantowany zysk\n- prośba o AnyDesk', 'gwarantowany zysk'],
  ])('%s: an item of a list under a denying or warning header is reported', (_lang, page, phrase) => {
    expect(reported(page, phrase)).toBe(true);
  });

  it('a list under any other header is the page\'s own list', () => {
    const text = normalizeText('Why choose us:\n- guaranteed returns\n- free AnyDesk support');
    expect(listHeader(text, text.indexOf('anydesk'))).toBe('why choose us');
    expect(reported('Why choose us:\n- guaranteed returns\n- free AnyDesk support', 'anydesk')).toBe(false);
    expect(reported('Our promise: guaranteed returns', 'guaranteed returns')).toBe(false);
  });

  it('a denied call and a denied or reported partnership are no call-centre or authority claim', () => {
    expect(ids('Tu banco nunca te llamará para mover tu dinero.')).not.toContain('callcenter.account_manager');
    expect(ids('Your account manager will call you within 24 hours.')).toContain('callcenter.account_manager');
    const denied = 'Fake recovery firms claiming to work closely with Interpol are lying. We do not work with the police.';
    expect(ids(denied)).not.toContain('recovery.authority_partner');
    expect(ids('We work closely with Interpol and the FBI to trace your funds.')).toContain('recovery.authority_partner');
  });

  it.each([
    ['pt', 'Como evitar golpes: tenha cuidado com ofertas de lucro garantido. Se você foi vítima, faça um boletim de ocorrência.'],
    ['nl', 'Hoe herken je beleggingsfraude? Wees voorzichtig met gegarandeerd rendement en schakel de politie in als u bent opgelicht.'],
    ['pl', 'Jak się chronić: bądź ostrożny, gdy ktoś oferuje gwarantowany zysk. Jeśli padłeś ofiarą, zgłoś się na policję.'],
  ])('%s: warning advice counts as awareness as it does in en, it, fr, de, es', (_lang, advice) => {
    expect(evidence(advice).context.awareness).toBeGreaterThanOrEqual(3);
  });
});

describe('reported speech is read only where its words are', () => {
  // Clauses read everywhere: what isReported did before the phrase scan told it where its words are.
  const everywhere = { before: { within: () => true }, after: { within: () => true } };
  const pieces = fc.constantFrom('hohe renditen', 'versprochen', 'in aussicht gestellt', 'in-aussicht gestellt', 'die u winst', 'beloven',
    'garantierte gewinne', 'garantiert', 'guaranteed returns', 'scammers often promise', 'they will tell you', 'so-called', 'fake',
    'promising', 'posing as', 'les soi-disant', 'rendement garanti', 'we promise', 'red flags:', '- ', '. ', ', ', ' ', '\u2029', 'wird', 'x',
    'aussicht', 'berufen sich', 'tzw.', 'people who offer');
  const texts = fc.array(pieces, { maxLength: 16 }).map((parts) => normalizeText(parts.join(' ')));

  it('a clause without a report word is judged as when every clause is read', () => {
    fc.assert(fc.property(texts, fc.nat(), fc.integer({ min: 1, max: 20 }), (text, at, length) => {
      const start = text.length === 0 ? 0 : at % text.length;
      const end = Math.min(text.length, start + length);
      expect(isReported(text, start, end, reportWordSpansIn(text))).toBe(isReported(text, start, end, everywhere));
    }), { numRuns: 3000 });
  });

  it('the phrase scan finds the report words where a search finds them', () => {
    fc.assert(fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
      const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
      const scanned = scanPhrases(text).reportWords;
      const searched = reportWordSpansIn(text);
      expect(scanned.before.within(from, to)).toBe(searched.before.within(from, to));
      expect(scanned.after.within(from, to)).toBe(searched.after.within(from, to));
    }), { numRuns: 1500 });
  });
});
