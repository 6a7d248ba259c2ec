import { useEffect, useRef } from 'preact/hooks';
import './family.css';

interface ConfirmStepProps {
  /** Names the step for tests and its parts: `ID-confirm`, `ID-no`, `ID-yes`, `ID-heading`. */
  testId: string;
  heading: string;
  /** What the person loses, in plain words. */
  text: string;
  yes: string;
  no: string;
  onYes: () => void;
  onNo: () => void;
}

/**
 * The question asked before something that weakens protection (a scammer on the phone may be walking the person
 * through it). The safe answer comes first and takes the focus, so Enter does no harm.
 */
export function ConfirmStep({ testId, heading, text, yes, no, onYes, onNo }: ConfirmStepProps) {
  // The autofocus attribute works only as a page loads; this step appears later, where the person clicked.
  const safe = useRef<HTMLButtonElement>(null);
  useEffect(() => safe.current?.focus(), []);
  return (
    <section class="trust-confirm" role="group" aria-labelledby={`${testId}-heading`} aria-describedby={`${testId}-text`} data-testid={`${testId}-confirm`}>
      <h2 id={`${testId}-heading`}>{heading}</h2>
      <p id={`${testId}-text`}>{text}</p>
      <div class="actions">
        <button type="button" class="primary" ref={safe} onClick={onNo} data-testid={`${testId}-no`}>
          {no}
        </button>
        <button type="button" onClick={onYes} data-testid={`${testId}-yes`}>
          {yes}
        </button>
      </div>
    </section>
  );
}
