import { browser } from 'wxt/browser';
import type { PageMessage } from '@/rules/protocol';

/** Sends a page:* message to the background (extension pages only). */
export function sendToBackground<R>(message: PageMessage): Promise<R> {
  return browser.runtime.sendMessage(message) as Promise<R>;
}
