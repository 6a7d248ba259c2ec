import { MANAGED_FEED_ERROR } from '@/rules/family/unlock';
import { RefusedError } from '../family/gate';
import { builtInListFacts } from '../bundled-facts';
import type { Handlers } from '../router';
import { addFeed, feedSummaries, removeFeed, setFeedEnabled, updateAllFeeds } from '../feeds/service';

/**
 * The options page managing feed subscriptions. Family mode guards every change (family/gate.ts);
 * a feed the administrator subscribed the user to can be neither removed nor switched off here.
 */
export const feedHandlers: Pick<
  Handlers['page'],
  'page:feeds' | 'page:addFeed' | 'page:removeFeed' | 'page:setFeedEnabled' | 'page:updateFeeds'
> = {
  'page:feeds': async () => ({ feeds: await feedSummaries(), builtIn: await builtInListFacts() }),
  'page:addFeed': async ({ url }) => addFeed(url),
  'page:removeFeed': async ({ id }) => {
    await refuseManaged(id);
    return { feeds: await removeFeed(id) };
  },
  'page:setFeedEnabled': async ({ id, enabled }) => {
    if (!enabled) await refuseManaged(id);
    return { feeds: await setFeedEnabled(id, enabled) };
  },
  'page:updateFeeds': async () => ({ feeds: await updateAllFeeds() }),
};

async function refuseManaged(id: string): Promise<void> {
  const feed = (await feedSummaries()).find((summary) => summary.id === id);
  if (feed?.origin === 'managed') throw new RefusedError(MANAGED_FEED_ERROR);
}
