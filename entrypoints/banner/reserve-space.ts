/**
 * Pushes the page down by the banner's height, so the fixed banner never covers the top of the page
 * (its logo, heading or menu) and the page stays usable below it; follows the banner as it grows
 * ("Why?") or shrinks. Returns the undo, which puts back the page's own padding.
 */
export function reserveSpace(doc: Document, banner: HTMLElement): () => void {
  const html = doc.documentElement;
  const before = { value: html.style.getPropertyValue('padding-top'), priority: html.style.getPropertyPriority('padding-top') };
  const apply = () => html.style.setProperty('padding-top', `${Math.ceil(banner.getBoundingClientRect().height)}px`, 'important');
  const observer = new ResizeObserver(apply);
  observer.observe(banner);
  apply();
  return () => {
    observer.disconnect();
    if (before.value) html.style.setProperty('padding-top', before.value, before.priority);
    else html.style.removeProperty('padding-top');
  };
}
