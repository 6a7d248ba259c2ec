/**
 * Words whose mere presence decides whether a pattern can match at all, so that its work is skipped on a page
 * where none occurs: the funnel patterns of rules/engine/funnel-signals.ts (each a sweep of the page). The engine's one phrase scan looks
 * for them anywhere in a word ("*word*" phrases) and reports which occur; a caller without the scan searches for
 * them. Each list holds, for every Latin-script alternative of its pattern, a word that alternative always
 * contains (Greek and Cyrillic alternatives are looked for whenever the page has such letters).
 */
export const PROBES = {
  /** MILLIONAIRE: millionair, milionar, millonari, milioner, milyoner... */
  millionaire: ['millio', 'milio', 'millon', 'milyon'],
  /** CALL_PROMISE: sizi arayacak, zavola vam, ozve se vam. */
  call: ['sizi ara', 'zavola vam', 'ozve se vam'],
  /** ACCURACY: dogruluk, presnost. */
  accuracy: ['dogruluk', 'presnost'],
  /** NUMBERED_PLACES: "14 free places", "3 seats", "10 posti", "5 yer"... */
  places: ['places', 'spots', 'seats', 'posti', 'platze', 'plazas', 'vagas', 'lugares', 'plaatsen', 'miejsc', 'yer', 'mist'],
  /** PLACES_LEFT: "remaining places", "places left", "posti rimasti", "kalan yer", "pozostalo kilka miejsc", "zbyva par mist"... */
  placesLeft: ['remaining places', 'places left', 'spots left', 'posti rimasti', 'plazas restantes', 'kalan yer', 'pozostalo', 'zbyva'],
  /** STARTER_AMOUNT (starter-deposit.ts): 250. */
  starter: ['250'],
} as const satisfies Record<string, readonly string[]>;

export type Probe = keyof typeof PROBES;

/** Probe words the phrase scan found: which groups have at least one word in the page. */
export type FoundProbes = ReadonlySet<Probe>;

/** The probe groups with a word in `text`, searched for one by one (for callers that have no phrase scan). */
export function probesIn(text: string): FoundProbes {
  const found = new Set<Probe>();
  for (const [group, words] of Object.entries(PROBES) as [Probe, readonly string[]][]) {
    if (words.some((word) => text.includes(word))) found.add(group);
  }
  return found;
}
