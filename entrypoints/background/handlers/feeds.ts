import type { Handlers } from '../router';
import { addFeed, feedSummaries, removeFeed, setFeedEnabled, updateAllFeeds } from '../feeds/service';

/** The options page managing feed subscriptions. */
export const feedHandlers: Pick<
  Handlers['page'],
  'page:feeds' | 'page:addFeed' | 'page:removeFeed' | 'page:setFeedEnabled' | 'page:updateFeeds'
> = {
  'page:feeds': async () => ({ feeds: await feedSummaries() }),
  'page:addFeed': async ({ url }) => addFeed(url),
  'page:removeFeed': async ({ id }) => ({ feeds: await removeFeed(id) }),
  'page:setFeedEnabled': async ({ id, enabled }) => ({ feeds: await setFeedEnabled(id, enabled) }),
  'page:updateFeeds': async () => ({ feeds: await updateAllFeeds() }),
};
