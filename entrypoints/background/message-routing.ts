import type { Browser } from 'wxt/browser';

type Route = ReturnType<typeof import('./router').createRouter>;

let router: Promise<Route> | null = null;

/**
 * Every message, passed to the router (router.ts) and its handlers, which are loaded at the first message of a
 * worker's life. A woken worker's first job is usually a navigation check, which needs none of them: imported
 * this way, the build leaves the message protocol's schemas and every handler's module to that first message,
 * instead of evaluating them at each wake (tests/unit/background/lazy-modules.test.ts keeps them out of the start).
 */
export function routeMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  router ??= Promise.all([import('./router'), import('./handlers/index')]).then(([{ createRouter }, { handlers }]) => createRouter(handlers));
  return router.then((route) => route(message, sender));
}
