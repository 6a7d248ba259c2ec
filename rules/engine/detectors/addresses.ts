import { extractAddresses, hasAddressSizedRun, type FoundAddress } from '../../addresses/extract.ts';
import { isKnownScamAddress } from '../../addresses/known-scam.ts';
import type { Signal } from '../../verdict.ts';
import type { PageContext } from '../context.ts';
import { normalizeText } from '../normalize.ts';
import { ADDRESSES_RULES } from './addresses-rules.ts';

/**
 * Crypto addresses shown on the page.
 *  - addresses.deposit (weak): an address next to payment wording ("send USDT to…", "deposit address").
 *    An honest docs page showing an example address gets at most this weak, single-family signal, and
 *    not even that when the address is introduced as an example.
 *  - addresses.known_scam (decisive): an address from a known scam set, unless the words around it warn
 *    about it (a scam-awareness article quoting the thief's address is not the thief).
 * Words are read in a window around each address, folded like page text.
 */
const RULE = Object.fromEntries(ADDRESSES_RULES.map((r) => [r.id, r]));
const WINDOW = 160;

const PAYMENT_WORDS =
  /\b(?:deposit\w*|send|sending|pay|payment|transfer|fund|top up|wallet address|address below|usdt|trc20|erc20|bep20|versa\w*|invia\w*|pagamento|bonifico|deposito|depot|envoye[rz]|paiement|virement|einzahl\w*|uberweis\w*|zahlung|senden|envi[ae]\w*|pago|transferencia|deposite|pague|storting|betaling)\b/;
const EXAMPLE_WORDS = /\b(?:example|e\.g\.|for instance|sample|esempio|exemple|beispiel|ejemplo|exemplo|voorbeeld)\b/;
const WARNING_WORDS =
  /\b(?:scam\w*|fraud\w*|phishing|report\w*|blacklist\w*|blocklist\w*|beware|stolen|thie[fv]\w*|truff\w*|frode|arnaque\w*|escroquer\w*|betrug\w*|betruger\w*|estafa\w*|fraude\w*|golpe\w*|oplicht\w*)\b/;

function windowAround(text: string, found: FoundAddress): string {
  const start = Math.max(0, found.index - WINDOW);
  const end = Math.min(text.length, found.index + found.address.length + WINDOW);
  return normalizeText(text.slice(start, found.index) + ' ' + text.slice(found.index + found.address.length, end), 2 * WINDOW + 1);
}

function signal(id: string, found: FoundAddress): Signal {
  const rule = RULE[id]!;
  return { id, family: rule.family, weight: rule.weight, evidence: `${found.kind.toUpperCase()} ${found.address}` };
}

export function detectAddresses(ctx: PageContext): Signal[] {
  const text = ctx.snapshot.text;
  if (!hasAddressSizedRun(text)) return []; // most pages show no address: skip the full extraction
  const found = extractAddresses(text);
  if (found.length === 0) return [];
  let scam: Signal | null = null;
  let deposit: Signal | null = null;
  for (const address of found) {
    const words = windowAround(text, address);
    if (scam === null && isKnownScamAddress(address.address) && !WARNING_WORDS.test(words)) {
      scam = signal('addresses.known_scam', address);
    }
    if (deposit === null && address.kind !== 'ss58' && PAYMENT_WORDS.test(words) && !EXAMPLE_WORDS.test(words)) {
      deposit = signal('addresses.deposit', address);
    }
    if (scam && deposit) break;
  }
  return [scam, deposit].filter((s): s is Signal => s !== null);
}
