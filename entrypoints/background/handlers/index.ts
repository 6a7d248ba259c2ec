import type { Handlers } from '../router';
import { contentHandlers } from './content';
import { settingsHandlers } from './page-settings';
import { tabHandlers } from './page-tabs';

/**
 * What each message does, one file per area. Routing and sender checks happen before
 * (router.ts); TypeScript makes sure every message in rules/protocol.ts has its handler.
 */
export const handlers: Handlers = {
  content: contentHandlers,
  page: {
    ...tabHandlers,
    ...settingsHandlers,
  },
};
