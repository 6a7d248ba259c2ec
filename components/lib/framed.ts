/**
 * True when this extension page sits in a frame of anything but the extension's own pages: a web page, or a
 * blob: or about:blank document a page made itself. Such a page could be made invisible and clicked through
 * (clickjacking), so privileged pages refuse to start there. The background checks the same on every message
 * (rules/protocol.ts); this keeps the buttons from ever appearing.
 */
function isFramedByStranger(): boolean {
  if (window.top === window.self) return false;
  // Chromium and recent Firefox name every ancestor's origin, even across origins.
  const ancestors = location.ancestorOrigins as DOMStringList | undefined;
  if (ancestors && Array.from(ancestors).some((origin) => origin !== location.origin)) return true;
  try {
    // Reading another origin's location throws; an opaque (sandboxed) origin never equals ours.
    return window.top?.location.origin !== location.origin;
  } catch {
    return true;
  }
}

/** Starts a privileged page (popup, options, report, warning page) only when no stranger frames it. */
export function startUnlessFramed(main: () => Promise<void>): void {
  if (isFramedByStranger()) {
    document.documentElement.dataset.refused = 'framed';
    return;
  }
  void main();
}
