export interface GuardianFrameProps {
  /** guardian-call.html of this extension. */
  src: string;
  /** What the frame holds, for screen readers. */
  title: string;
}

/**
 * The guardian's name and number inside the in-page banner, in a frame of the extension's own origin so
 * that the page's scripts cannot read them. The frame has a fixed size (banner.css, room for three lines)
 * and tells the page nothing: a height posted to the banner would also reach the page's own scripts and
 * tell them the extension is there and a guardian is set.
 */
export function GuardianFrame({ src, title }: GuardianFrameProps) {
  return <iframe class="banner-guardian" src={src} title={title} data-testid="banner-guardian" />;
}
