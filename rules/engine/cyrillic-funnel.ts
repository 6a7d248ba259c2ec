import { phraseRules } from '../packs/index.ts';
import type { Signal } from '../verdict.ts';
import { FUNNEL_RULES } from './funnel-rules.ts';
import { evidenceAround } from './signals.ts';

/**
 * Call-centre funnel talk in Cyrillic (Russian, with the Ukrainian forms that differ little). The phrase
 * packs are written in Latin script, so these pages need patterns of their own; each one stands for a
 * pack rule and carries its weight, counted like a phrase rule (a quarter more per extra match, up to
 * three). Negated talk and talk reported from scammers ("мошенники обещают...") is a warning's, not counted.
 * Works on NORMALISED text: lower case (Cyrillic letters keep their marks: "й", "ё").
 *  - returns.guaranteed: "100% гарантия", guaranteed income, risk-free.
 *  - returns.get_rich: financial independence, passive income, quit your job, record or huge profits, "a lot of money".
 *  - callcenter.we_trade_for_you: no experience or knowledge needed, "even a beginner".
 *  - callcenter.account_manager: "our recommended broker", "a specialist will call you back", "wait for the call".
 *  - callcenter.limited_places: places are limited, "your place will become unavailable".
 *  - socialproof.fake_news_story: "banks do not want you to know", a coin "approved by the government".
 *  - socialproof.celebrity: the businessmen these kits put fake endorsements in the mouth of, in Cyrillic spelling.
 * Every pattern is built once at module level, bounded, and checked linear by tests/unit/regex.
 */

const WEIGHTS = new Map([...phraseRules, ...FUNNEL_RULES].map((r) => [r.id, r.weight]));
const MAX_COUNTED = 3;

const PATTERNS: [string, RegExp][] = [
  ['returns.guaranteed', /(?:100 ?% гаранти|гарантированн[а-я]{0,3} (?:доход|прибыл|заработ)|безрисков|без риска)/g],
  ['returns.get_rich',
    /(?:(?:финансов|материальн)[а-я]{0,3} (?:независим|свобод)|пассивн[а-я]{0,3} доход|дополнительн[а-я]{0,3} заработ|работать за гроши|без вашего участия|(?:уйти|уволиться|уходить) с работы|брос(?:ить|ьте|ите) работу|(?:рекордн|огромн|колоссальн)[а-я]{0,3} (?:прибыл|доход)|разбогате|(?:заработать|заработаете|зарабатывать) (?:много|большие|огромные) ден(?:ег|ьг))/g],
  ['callcenter.we_trade_for_you',
    /(?:без (?:какого-либо |всякого |специальн[а-я]{0,3} )?(?:опыта|знаний)|опыт (?:не нужен|не требуется|не обязателен)|не разбираетесь|никаких (?:специальных )?знаний|даже новичок|даже (?:если )?(?:вы )?(?:совсем |совершенно )?не (?:разбираетесь|понимаете))/g],
  ['callcenter.account_manager',
    /(?:рекомендованн[а-я]{0,3} (?:нами )?брокер|(?:с вами|вам) (?:свяжется|перезвонит|позвонит) (?:наш |персональн[а-я]{0,3} )?(?:менеджер|специалист|консультант|брокер|аналитик)|ожидайте звонка|личн[а-я]{0,3} (?:брокер|аналитик|трейдер))/g],
  ['callcenter.limited_places',
    /(?:количеств[а-я]{0,2} мест[а-я]{0,2} ограничен|мест[а-я]{0,2} ограничен|ваше место (?:станет|будет) (?:недоступн|занят))/g],
  ['socialproof.fake_news_story',
    /(?:банки (?:не хотят|в ярости|боятся)|(?:одобренн|поддерживаем|утвержденн)[а-я]{0,3} (?:государством|правительством) (?:крипт|монет|валют))|(?:крипт[а-я]{0,10}|монет[а-я]{0,2}), (?:одобренн|поддерживаем|утвержденн)[а-я]{0,3} (?:государством|правительством)|(?:одобренн|поддерживаем)[а-я]{0,3} правительством (?:[а-я]{1,12} ){0,2}(?:крипт|монет)/g],
  ['socialproof.celebrity',
    /(?:илон[а-я]{0,2} маск|билл[а-я]{0,2} гейтс|уоррен[а-я]{0,2} баффет|джефф[а-я]{0,2} безос|ричард[а-я]{0,2} бр[эе]нсон|питер[а-я]{0,2} ти[е]?л|марк[а-я]{0,2} цукерберг|герман[а-я]{0,2} греф|олег[а-я]{0,2} тиньков|павел[а-я]{0,2} дуров)/g],
];

/** A negation just before a match ("не стоит рассчитывать разбогатеть", "никогда не обещаем"): a warning, not a promise. */
const NEGATION = /(?:^|[^а-яё])(?:не|нет|ни|никогда|ніколи)(?:[^а-яё]|$)/;
const NEGATION_REACH = 32;
/**
 * Reported speech earlier in the match's sentence ("мошенники обещают пассивный доход", "аферисты говорят, что
 * опыт не нужен", "так называемый менеджер"): a warning page telling what scammers say, not the page's own offer.
 */
const REPORTED = /(?:мошенни|аферист|злоумышленни|преступни|обманщи|шахра|якобы|так называем|обещают|обещали|утверждают|говорят|уверяют)/;
const SENTENCE_REACH = 160;
const SENTENCE_END = /[.!?…]/g;

/** The text from the start of the match's sentence (at most SENTENCE_REACH characters back) to the match. */
function sentenceBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - SENTENCE_REACH), at);
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(before); m !== null; m = SENTENCE_END.exec(before)) start = m.index + 1;
  return before.slice(start);
}

function notOwnPromise(text: string, at: number): boolean {
  return NEGATION.test(text.slice(Math.max(0, at - NEGATION_REACH), at)) || REPORTED.test(sentenceBefore(text, at));
}

/** Signals of the Cyrillic patterns that match `text` (the caller checks the page has Cyrillic letters at all). */
export function cyrillicFunnelSignals(text: string): Signal[] {
  const found: Signal[] = [];
  for (const [id, pattern] of PATTERNS) {
    pattern.lastIndex = 0;
    let first: RegExpExecArray | null = null;
    let hits = 0;
    for (let m = pattern.exec(text); m !== null && hits < MAX_COUNTED; m = pattern.exec(text)) {
      if (notOwnPromise(text, m.index)) continue;
      first ??= m;
      hits++;
    }
    if (first === null) continue;
    const weight = (WEIGHTS.get(id) ?? 1) * (1 + 0.25 * (hits - 1));
    found.push({ id, family: id.split('.')[0]!, weight, evidence: evidenceAround(text, first.index, first.index + first[0].length) });
  }
  return found;
}
