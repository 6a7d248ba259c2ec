import type { SignalTexts } from '@/rules/status';
import type { Signal } from '@/rules/verdict';
import { currentLocalisation } from './localisation';
import { pageEngine } from './page-engine';

/** The explanation of each signal in the user's language, for the popup, the report form and the history. */
export async function explanationsOf(signals: readonly Pick<Signal, 'id'>[]): Promise<SignalTexts> {
  const [{ lang }, { explainSignal }] = await Promise.all([currentLocalisation(), pageEngine()]);
  return Object.fromEntries(signals.map((signal) => [signal.id, explainSignal(signal.id, lang)]));
}
