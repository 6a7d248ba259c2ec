import { isSensitiveField, type FieldDescription } from '@/rules/sensitive-field';

/**
 * After the user closed the banner on a flagged page: watches where the user's own focus goes and calls
 * `remind` the first time it lands in a money, card, phone, wallet or password field (rules/sensitive-field.ts).
 * Returns the undo.
 */
export function watchSensitiveFields(doc: Document, remind: () => void, focused?: Element | null): () => void {
  const onFocus = (event: FocusEvent) => {
    // A made-up focus event (dispatchEvent) is ignored; a real focus, even one a script gave, shows it.
    if (event.isTrusted && isSensitiveElement(event.target)) fire();
  };
  const stop = () => doc.removeEventListener('focusin', onFocus, true);
  const fire = () => {
    stop();
    remind();
  };
  doc.addEventListener('focusin', onFocus, true);
  if (focused && isSensitiveElement(focused)) fire();
  return stop;
}

function isSensitiveElement(target: EventTarget | null): boolean {
  const field = describeField(target);
  return field !== null && isSensitiveField(field);
}

function describeField(target: EventTarget | null): FieldDescription | null {
  if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)) return null;
  if (target instanceof HTMLInputElement && ['hidden', 'submit', 'button', 'reset', 'image', 'checkbox', 'radio', 'file', 'range', 'color'].includes(target.type)) {
    return null;
  }
  const labels = [...(target.labels ?? [])].map((label) => label.textContent ?? '');
  const attribute = (name: string) => target.getAttribute(name) ?? '';
  return {
    type: target instanceof HTMLInputElement ? target.type.toLowerCase() : target.localName,
    autocomplete: attribute('autocomplete'),
    words: [attribute('name'), target.id, attribute('placeholder'), attribute('aria-label'), ...labels].join(' ').slice(0, 500),
  };
}
