/**
 * Words whose mere presence decides whether a funnel pattern (rules/engine/funnel-signals.ts) can match at all,
 * so that the pattern's sweep of the page is skipped when none occurs. The engine's one phrase scan looks for them
 * anywhere in a word ("*word*" phrases) and reports which occur; a caller without the scan searches for them.
 * Each list holds, for every Latin-script alternative of its pattern, a word that alternative always contains
 * (Greek and Cyrillic alternatives are looked for whenever the page has such letters).
 */
export const FUNNEL_PROBES = {
  /** MILLIONAIRE: millionair, milionar, millonari, milioner, milyoner... */
  millionaire: ['millio', 'milio', 'millon', 'milyon'],
  /** CALL_PROMISE: sizi arayacak, zavola vam, ozve se vam. */
  call: ['sizi ara', 'zavola vam', 'ozve se vam'],
  /** ACCURACY: dogruluk, presnost. */
  accuracy: ['dogruluk', 'presnost'],
  /** LIMITED_PLACES: "14 free places", "remaining places", "posti rimasti", "kalan yer", "pozostalo kilka miejsc"... */
  places: ['places', 'spots', 'seats', 'posti', 'platze', 'plazas', 'vagas', 'lugares', 'plaatsen', 'miejsc', 'yer', 'mist'],
  /** STARTER_AMOUNT (starter-deposit.ts): 250. */
  starter: ['250'],
} as const;

export type FunnelProbe = keyof typeof FUNNEL_PROBES;

/** Probe words the phrase scan found: which groups have at least one word in the page. */
export type FoundProbes = ReadonlySet<FunnelProbe>;

/** The probe groups with a word in `text`, searched for one by one (for callers that have no phrase scan). */
export function probesIn(text: string): FoundProbes {
  const found = new Set<FunnelProbe>();
  for (const [group, words] of Object.entries(FUNNEL_PROBES) as [FunnelProbe, readonly string[]][]) {
    if (words.some((word) => text.includes(word))) found.add(group);
  }
  return found;
}
