import { useState } from 'preact/hooks';
import './protection-notice.css';

interface ProtectionNoticeProps {
  /** Names the notice for tests (`ID`, its button `ID-action`, its refusal `ID-still-off`). */
  testId: string;
  /** What is switched off, what it means, and that a scammer may have asked for it. */
  text: string;
  /** The way back, when the extension can offer one: `run` says whether it worked; `stillOff` is said when not. */
  action?: { label: string; run: () => Promise<boolean>; stillOff?: string };
}

/**
 * Where the person may look, when a setting of the browser itself (not of the extension) leaves them unprotected:
 * its site access taken away, or private windows not allowed. The extension cannot change those settings; it says so
 * in plain words and offers the way back.
 */
export function ProtectionNotice({ testId, text, action }: ProtectionNoticeProps) {
  const [stillOff, setStillOff] = useState(false);
  // Called straight from the click: the browser shows its question only in answer to one.
  const run = () =>
    void action!.run().then(
      (done) => setStillOff(!done),
      () => setStillOff(true),
    );
  return (
    <section class="protection-notice" data-testid={testId}>
      <p>{text}</p>
      {action && (
        <button type="button" class="primary" data-testid={`${testId}-action`} onClick={run}>
          {action.label}
        </button>
      )}
      {action?.stillOff && stillOff && (
        <p role="alert" data-testid={`${testId}-still-off`}>{action.stillOff}</p>
      )}
    </section>
  );
}
