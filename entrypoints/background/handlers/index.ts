import type { Handlers } from '../router';
import { contentHandlers } from './content';
import { withFamilyGate } from '../family/gate';
import { familyHandlers } from './family';
import { trustHandlers } from './trust';
import { settingsHandlers } from './page-settings';
import { tabHandlers } from './page-tabs';
import { reportHandlers } from './reports';
import { feedHandlers } from './feeds';
import { personalListHandlers } from './personal-lists';

/**
 * What each message does, one file per area. Routing and sender checks happen before
 * (router.ts); TypeScript makes sure every message in rules/protocol.ts has its handler.
 */
export const handlers: Handlers = {
  content: contentHandlers,
  // Family mode and administrator locks guard every page message (family/gate.ts).
  page: withFamilyGate({
    ...tabHandlers,
    ...settingsHandlers,
    ...familyHandlers,
    ...trustHandlers,
    ...reportHandlers,
    ...feedHandlers,
    ...personalListHandlers,
  }),
};
