/**
 * A read asked for before it is needed (so that it runs while the worker does something else), marked as
 * handled: if it fails and nobody ends up taking it, or takes it only later, no unhandled rejection is
 * logged. Whoever awaits it still gets the failure.
 */
export function readAhead<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
