import { useState } from 'preact/hooks';

export interface Reason {
  id: string;
  /** The plain-language explanation of the rule. */
  text: string;
  /** What the page said that matched. */
  evidence: string;
}

interface ReasonListProps {
  heading: string;
  reasons: Reason[];
  /** Show only this many at first, with a "More" button for the rest (the small popup). */
  limit?: number;
  moreLabel?: string;
}

/** Why a page was flagged: one explanation a line, with the words that gave it away. */
export function ReasonList({ heading, reasons, limit, moreLabel }: ReasonListProps) {
  const [all, setAll] = useState(false);
  const shown = all || limit === undefined ? reasons : reasons.slice(0, limit);
  return (
    <div class="reasons">
      <h2>{heading}</h2>
      <ul>
        {shown.map((reason) => (
          <li key={reason.id} data-testid="reason" data-rule={reason.id}>
            {reason.text}
            {reason.evidence && <q class="evidence">{reason.evidence}</q>}
          </li>
        ))}
      </ul>
      {shown.length < reasons.length && moreLabel && (
        <button type="button" class="link" data-testid="reasons-more" onClick={() => setAll(true)}>
          {moreLabel}
        </button>
      )}
    </div>
  );
}
