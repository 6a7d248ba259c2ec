export interface Reason {
  id: string;
  /** The plain-language explanation of the rule. */
  text: string;
  /** What the page said that matched. */
  evidence: string;
}

/** Why a page was flagged: one explanation a line, with the words that gave it away. */
export function ReasonList({ heading, reasons }: { heading: string; reasons: Reason[] }) {
  return (
    <div class="reasons">
      <h2>{heading}</h2>
      <ul>
        {reasons.map((reason) => (
          <li key={reason.id} data-testid="reason" data-rule={reason.id}>
            {reason.text}
            {reason.evidence && <q class="evidence">{reason.evidence}</q>}
          </li>
        ))}
      </ul>
    </div>
  );
}
