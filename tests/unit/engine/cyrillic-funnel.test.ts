import { describe, expect, it } from 'vitest';
import { cyrillicFunnelSignals } from '../../../rules/engine/cyrillic-funnel.ts';
import { funnelSignals } from '../../../rules/engine/funnel-signals.ts';
import { evaluatePage } from '../../../rules/engine/index.ts';
import { normalizeText } from '../../../rules/engine/normalize.ts';

const ids = (text: string) => cyrillicFunnelSignals(normalizeText(text)).map((s) => s.id).sort();
const funnelIds = (text: string) => funnelSignals(normalizeText(text), []).map((s) => s.id);
const page = (title: string, text: string) => ({ url: 'https://example.test/', title, text, forms: [], links: [] });

describe('call-centre funnel talk in Cyrillic', () => {
  it.each([
    ['financial independence', 'Обретите финансовую независимость уже в этом году'],
    ['quit your job', 'Многие наши клиенты смогли уйти с работы через месяц'],
    ['huge profits', 'Платформа приносит огромную прибыль каждому участнику'],
    ['passive income', 'Стабильный пассивный доход для всей семьи'],
  ])('get-rich talk: %s', (_what, text) => {
    expect(ids(text)).toContain('returns.get_rich');
  });

  it.each([
    ['no experience', 'Подходит всем: опыт не нужен, система торгует сама'],
    ['even a beginner', 'Справится даже новичок без специальных знаний'],
    ['even if you do not understand', 'Вы заработаете, даже если совершенно не разбираетесь в биржах'],
  ])('no experience needed: %s', (_what, text) => {
    expect(ids(text)).toContain('callcenter.we_trade_for_you');
  });

  it('a recommended broker or a specialist who will call, limited places, celebrities', () => {
    expect(ids('Ваш счёт откроется у рекомендованного нами брокера')).toContain('callcenter.account_manager');
    expect(ids('После регистрации вам перезвонит персональный менеджер')).toContain('callcenter.account_manager');
    expect(ids('Количество мест ограничено! Ваше место станет недоступно через 5 минут')).toContain('callcenter.limited_places');
    expect(ids('Илон Маск и Павел Дуров рассказали о новой платформе')).toContain('socialproof.celebrity');
    expect(ids('Купите новую монету, одобренную правительством, пока цена низкая')).toContain('socialproof.fake_news_story');
    expect(ids('Банки не хотят, чтобы вы узнали этот секрет')).toContain('socialproof.fake_news_story');
    expect(ids('С этой системой каждый может заработать много денег')).toContain('returns.get_rich');
  });

  it('leaves negated and reported talk alone: a warning, not a promise', () => {
    expect(ids('Вам не стоит рассчитывать разбогатеть на криптовалюте')).toEqual([]);
    expect(ids('Мы никогда не обещаем пассивный доход')).toEqual([]);
    expect(ids('Аферисты говорят, что опыт не нужен и что вам перезвонит личный брокер.')).toEqual([]);
  });

  it('counts repeated talk like a phrase rule: a quarter more per extra match, three at most', () => {
    const once = cyrillicFunnelSignals(normalizeText('пассивный доход'))[0]!;
    const many = cyrillicFunnelSignals(normalizeText('пассивный доход, пассивный доход, финансовая свобода, огромная прибыль'))[0]!;
    expect(many.weight).toBeCloseTo(once.weight * 1.5);
  });

  it('money per month in roubles or dollars, with the period written as an adjective', () => {
    expect(funnelIds('Средний ежемесячный доход участников: 85 000 рублей')).toContain('returns.money_per_period');
    expect(funnelIds('Ежедневный профит от 300 долларов')).toContain('returns.money_per_period');
    expect(funnelIds('Зарабатывайте от 50 000 рублей в месяц')).toContain('returns.money_per_period');
    // A price per month is a cost, not a promise.
    expect(funnelIds('Стоимость подписки: 990 рублей в месяц')).not.toContain('returns.money_per_period');
  });

  it('a Russian funnel warns; a bank fraud warning, a broker page and a news article stay quiet', () => {
    const funnel = page('Курс трейдинга бесплатно',
      'Пассивный доход от 60 000 рублей в месяц! Опыт не нужен — справится даже новичок. Оставьте данные, и вам перезвонит персональный менеджер. Количество мест ограничено.');
    expect(evaluatePage(funnel).level).not.toBe('ok');
    const bank = page('Как защититься от мошенников',
      'Мошенники обещают пассивный доход и финансовую независимость, говорят, что опыт не нужен, и что вам перезвонит персональный менеджер. Никогда не переводите деньги незнакомцам. Сообщите в банк о подозрительном звонке.');
    expect(evaluatePage(bank).level).toBe('ok');
    const broker = page('Брокерский счёт',
      'Откройте брокерский счёт онлайн. Инвестиции связаны с риском, доходность в прошлом не гарантирует доходность в будущем. Тарифы: от 0 рублей в месяц.');
    expect(evaluatePage(broker).level).toBe('ok');
    const cbdc = page('Цифровой рубль', 'Центральный банк объясняет: цифровая валюта выпускается государством и хранится на платформе. Доходность по ней не начисляется.');
    expect(evaluatePage(cbdc).level).toBe('ok');
    const news = page('Илон Маск купил новую компанию',
      'По данным агентства, Илон Маск завершил сделку. Аналитики ожидают, что компания сократит расходы. Средняя зарплата сотрудников составляет 150 000 рублей в месяц.');
    expect(evaluatePage(news).level).toBe('ok');
  });
});
