import { useRef, useState } from 'preact/hooks';
import { GuardianFrame, type GuardianFrameProps } from './GuardianFrame';
import { ReasonList, type Reason } from './ReasonList';

interface BannerText {
  title: string;
  lead: string;
  leave: string;
  why: string;
  hideWhy: string;
  dismiss: string;
  reasonsHeading: string;
  mistake: string;
}

interface BannerProps {
  level: 'warning' | 'danger';
  text: BannerText;
  reasons: Reason[];
  /**
   * A compact bar: "continued" after "Continue anyway" (the title and "Leave this site" only, no way to close
   * it); "field" at a money or password field after the banner was closed (with ×).
   */
  reminder?: 'continued' | 'field';
  /** Family mode: the framed "call NAME at PHONE" line (see GuardianFrame). */
  guardianFrame?: GuardianFrameProps;
  /** Get the click itself, so that the caller can tell the user's own clicks from a page script's. */
  onLeave: (event: MouseEvent) => void;
  onDismiss: (event: MouseEvent) => void;
  /** "This warning is a mistake" (under "Why?"): opens that form; the banner and its protection stay. */
  onMistake: (event: MouseEvent) => void;
}

/**
 * The in-page warning shown at the top of a suspicious page (inside a shadow root). In Tab order
 * "Leave this site" comes first and "×" last; Escape closes "Why?".
 */
export function Banner({ level, text, reasons, reminder, guardianFrame, onLeave, onDismiss, onMistake }: BannerProps) {
  const [open, setOpen] = useState(false);
  const why = useRef<HTMLButtonElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    why.current?.focus();
  };
  if (reminder) {
    return (
      <section class="banner banner-danger banner-reminder" role="status" aria-labelledby="ss-banner-title" data-testid="banner">
        <span class="banner-icon" aria-hidden="true">!</span>
        <p id="ss-banner-title" class="banner-title">{text.title}</p>
        <button type="button" class="primary" onClick={onLeave} data-testid="banner-leave">{text.leave}</button>
        {reminder === 'field' && <CloseButton label={text.dismiss} onClick={onDismiss} />}
      </section>
    );
  }
  return (
    <section class={`banner banner-${level}`} role="alert" aria-labelledby="ss-banner-title" onKeyDown={onKeyDown} data-testid="banner">
      <div class="banner-row">
        {/* The toolbar badge's marks: "!" for danger, "?" for a warning. */}
        <span class="banner-icon" aria-hidden="true">{level === 'danger' ? '!' : '?'}</span>
        <div class="banner-text">
          <p id="ss-banner-title" class="banner-title">{text.title}</p>
          <p class="banner-lead">{text.lead}</p>
          {guardianFrame && <GuardianFrame {...guardianFrame} />}
        </div>
      </div>
      <div class="banner-actions">
        <button type="button" class="primary" onClick={onLeave} data-testid="banner-leave">{text.leave}</button>
        <button type="button" ref={why} aria-expanded={open} aria-controls="ss-banner-reasons" onClick={() => setOpen(!open)} data-testid="banner-why">
          {open ? text.hideWhy : text.why}
        </button>
        <CloseButton label={text.dismiss} onClick={onDismiss} />
      </div>
      <div id="ss-banner-reasons" hidden={!open}>
        <ReasonList heading={text.reasonsHeading} reasons={reasons} />
        <button type="button" class="banner-mistake" onClick={onMistake} data-testid="banner-mistake">{text.mistake}</button>
      </div>
    </section>
  );
}

function CloseButton({ label, onClick }: { label: string; onClick: (event: MouseEvent) => void }) {
  return (
    <button type="button" class="banner-close" onClick={onClick} aria-label={label} title={label} data-testid="banner-dismiss">
      ×
    </button>
  );
}
