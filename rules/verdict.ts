import * as z from 'zod/mini';

/** How worried the user should be. Ordered from least to most. */
const LEVELS = ['ok', 'warning', 'danger'] as const;
export const LevelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof LevelSchema>;

const MAX_EVIDENCE_CHARS = 160;

export const SignalSchema = z.object({
  /** Rule id, e.g. "returns.guaranteed". Maps to the locale key of its explanation. */
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  /** Rule family, e.g. "returns", "recovery", "blocklist". */
  family: z.string().check(z.minLength(1), z.maxLength(50)),
  weight: z.number(),
  /** The short text that matched, at most 160 characters. */
  evidence: z.string().check(z.maxLength(MAX_EVIDENCE_CHARS)),
});
export type Signal = z.infer<typeof SignalSchema>;

export const VerdictSchema = z.object({
  level: LevelSchema,
  score: z.number(),
  signals: z.array(SignalSchema).check(z.maxLength(100)),
});
export type Verdict = z.infer<typeof VerdictSchema>;

export const OK_VERDICT: Verdict = Object.freeze({ level: 'ok', score: 0, signals: [] }) as Verdict;

export function worseLevel(a: Level, b: Level): Level {
  return LEVELS.indexOf(a) >= LEVELS.indexOf(b) ? a : b;
}

export function clipEvidence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= MAX_EVIDENCE_CHARS ? flat : `${flat.slice(0, MAX_EVIDENCE_CHARS - 1)}…`;
}
