/**
 * The call-centre funnel's opening deposit: "start with just €250", "minimum deposit of $250", "Sie müssen
 * mindestens 250 Dollar einzahlen", "inwestować $250 lub więcej". The affiliate networks behind trading-robot
 * and fake-broker sites fix this first payment at 250 (euros, dollars or pounds) in every language; after it,
 * a "manager" calls for more. The amount must be OFFERED as a small start (just, only, from, minimum, or more)
 * near a deposit or investment word: police and news pages that tell how a victim "paid a first 250 euros" do
 * not word it as an offer, and "£250,000" or "$250.00" are other amounts.
 */
const STARTER_AMOUNT =
  /(?<![\d.,])(?:[$€£] ?250|250 ?(?:[$€£]|usd|eur|euros?|euro|dollars?|dollar|gbp|pounds?|долларов|евро))(?![.,]?\d)/g;
/** "just", "only", "from", "minimum", "at least" in the pack languages and Russian, at most two words before the amount. */
const OFFER_BEFORE =
  /(?:^|[^a-zа-я])(?:just|only|from|minimum|min|least|solo|soli|sola|solamente|nur|ab|mindestens|seulement|partir de|des|da|desde|apenas|vanaf|slechts|minimaal|tylko|juz od|od|от|всего|минимум|lediglich|bereits)(?:[^a-zа-я]{1,3}[a-zа-я]{1,14}){0,2}[^a-zа-я]{1,3}$/;
/** "or more" just after the amount. */
const OFFER_AFTER = /^[^a-zа-я]{0,3}(?:or more|oder mehr|o piu|ou plus|o mas|ou mais|of meer|lub wiecej|wzwyz|или больше|и более)/;
/** A deposit, investment or trading account near the amount: what makes "from €250" a stake, not a price. */
const STAKE_WORD =
  /(?:deposit|invest|trading|account|capital|einzahl|investier|anleg|konto|kapital|handel|deposito|versament|investiment|conto|depot|depos|placement|compte|inversion|invertir|cuenta|investimento|conta|storting|beleggen|rekening|wplat|wplac|inwest|konto|депозит|вклад|инвест|счет)/;
const REACH_BEFORE = 40;
const REACH_AFTER = 24;
const STAKE_REACH = 90;

/** Where the first amount offered as a starter deposit stands in the normalised text, or null. */
export function starterDeposit(text: string): [number, number] | null {
  STARTER_AMOUNT.lastIndex = 0;
  for (let m = STARTER_AMOUNT.exec(text); m !== null; m = STARTER_AMOUNT.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const offered = OFFER_BEFORE.test(text.slice(Math.max(0, start - REACH_BEFORE), start)) ||
      OFFER_AFTER.test(text.slice(end, end + REACH_AFTER));
    if (!offered) continue;
    if (!STAKE_WORD.test(text.slice(Math.max(0, start - STAKE_REACH), end + STAKE_REACH))) continue;
    return [start, end];
  }
  return null;
}
