/**
 * The word stems of wallet "issues" (see wallet-issues.ts), apart from the detector so that the engine's one phrase
 * scan (rules/engine/phrases.ts) can look for them too: it reports which concepts start a word somewhere on the page
 * (PageContext.issueConcepts). Every issue word of a menu starts with its stem after a space, "-", "/" or
 * punctuation, which the scan reads as a word start as well, so a page whose words name fewer than MIN_CONCEPTS
 * concepts, or no repair, cannot hold a menu and is not searched for one.
 */

/** Issues that are repairs of the wallet: what makes the menu a fixer's, not an exchange's navigation. */
const REPAIRS: Record<string, string[]> = {
  rectify: ['rectif', 'rettific', 'retific', 'berichtig', 'rektyfik'],
  validate: ['valida', 'validier', 'convalid', 'walidac', 'walidow'],
  synchronise: ['synchroni', 'sincroni', 'synchronizuj'],
  migrate: ['migra'],
  unlock: ['unlock', 'unfreez', 'sblocc', 'debloc', 'entsperr', 'desbloq', 'ontgrendel', 'odblok', 'locked', 'gesperrt', 'bloccat',
    'bloque', 'bloquead', 'zablokowan', 'geblokkeerd', 'frozen'],
  failed: ['failed', 'fehlgeschlagen', 'fallit', 'echou', 'fallid', 'falhad', 'mislukt', 'nieudan'],
};
/** Other issues of the menu: things honest wallets do, listed as problems to fix. */
const SERVICES: Record<string, string[]> = {
  recover: ['recover', 'restor', 'recuper', 'wiederherstell', 'herstel', 'odzysk', 'ripristin', 'restaur'],
  stake: ['stak'],
  airdrop: ['airdrop'],
  claim: ['claim', 'reclam', 'rivendic'],
  whitelist: ['whitelist'],
  bridge: ['bridg', 'ponte', 'puente', 'brucke', 'brug'],
  slippage: ['slippage'],
  gas: ['gas', 'gasgebuhr'],
};

/** Different issues a menu needs (one of them a repair). */
export const MIN_CONCEPTS = 5;

/** Every stem with its concept, repairs first, each list in its order above. */
export const ISSUE_STEMS: readonly { stem: string; concept: string; repair: boolean }[] = [
  ...Object.entries(REPAIRS).flatMap(([concept, stems]) => stems.map((stem) => ({ stem, concept, repair: true }))),
  ...Object.entries(SERVICES).flatMap(([concept, stems]) => stems.map((stem) => ({ stem, concept, repair: false }))),
];
const REPAIR_CONCEPTS = new Set(Object.keys(REPAIRS));

/** Could words naming these concepts make a menu: MIN_CONCEPTS of them, one a repair? */
export function mayHoldMenu(concepts: ReadonlySet<string>): boolean {
  return concepts.size >= MIN_CONCEPTS && [...concepts].some((concept) => REPAIR_CONCEPTS.has(concept));
}
