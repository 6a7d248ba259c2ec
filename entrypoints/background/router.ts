import type { Browser } from 'wxt/browser';
import { acceptMessage, type ContentMessage, type PageMessage } from '@/rules/protocol';
import { getSelf } from './self';

/**
 * The one entry point for messages. Every message is parsed against rules/protocol.ts and the
 * sender policy; anything else is refused with a logged reason and an error to the caller.
 */
export interface ContentContext {
  tabId: number;
  pageUrl: string;
  frameId: number;
}

export interface Handlers {
  content: { [T in ContentMessage['type']]: (message: Extract<ContentMessage, { type: T }>, from: ContentContext) => Promise<unknown> };
  page: { [T in PageMessage['type']]: (message: Extract<PageMessage, { type: T }>) => Promise<unknown> };
}

export function createRouter(handlers: Handlers) {
  return async (raw: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> => {
    const accepted = acceptMessage(raw, sender, getSelf());
    if (!accepted.ok) {
      console.warn('[scam-sentinel] message refused:', accepted.reason);
      throw new Error(`Refused: ${accepted.reason}`);
    }
    if (accepted.kind === 'extension-page') {
      const handler = handlers.page[accepted.message.type] as (m: PageMessage) => Promise<unknown>;
      return handler(accepted.message);
    }
    const handler = handlers.content[accepted.message.type] as (m: ContentMessage, from: ContentContext) => Promise<unknown>;
    return handler(accepted.message, { tabId: accepted.tabId, pageUrl: accepted.pageUrl, frameId: accepted.frameId });
  };
}
