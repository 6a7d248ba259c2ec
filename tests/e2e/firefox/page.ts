import type { BidiClient } from './bidi-client';

/** Tabs in the Firefox under test, driven through WebDriver BiDi. */

/** A serialized BiDi remote value (only primitives are read back here). */
interface RemoteValue {
  type: string;
  value?: unknown;
}

type EvaluateResult =
  | { type: 'success'; result: RemoteValue }
  | { type: 'exception'; exceptionDetails: { text: string } };

export class FirefoxTab {
  private constructor(
    private readonly bidi: BidiClient,
    readonly context: string,
  ) {}

  static async open(bidi: BidiClient): Promise<FirefoxTab> {
    const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    return new FirefoxTab(bidi, context);
  }

  /**
   * Opens an extension page in a new tab, asked for by a tab that already shows one of the
   * extension's pages. Firefox (from ESR 153) refuses a WebDriver navigation to a moz-extension://
   * address, but an extension page may open its own pages with tabs.create like the real UI does.
   */
  static async openExtensionPage(bidi: BidiClient, extensionTab: FirefoxTab, url: string): Promise<FirefoxTab> {
    await extensionTab.evaluate(`browser.tabs.create({ url: ${JSON.stringify(url)} }).then(() => true)`);
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const { contexts } = await bidi.send<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', { maxDepth: 0 });
      const opened = contexts.find((context) => context.url === url);
      if (opened) return new FirefoxTab(bidi, opened.context);
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error(`no tab showed ${url} within 10 s of asking for it`);
  }

  /** The frames inside this tab's page, with the address each shows. */
  async frames(): Promise<{ url: string; frame: FirefoxTab }[]> {
    type Tree = { context: string; url: string; children?: Tree[] | null };
    const { contexts } = await this.bidi.send<{ contexts: Tree[] }>('browsingContext.getTree', { root: this.context });
    return (contexts[0]?.children ?? []).map((child) => ({ url: child.url, frame: new FirefoxTab(this.bidi, child.context) }));
  }

  /** Loads `url` and waits for the load to complete (wherever redirects lead). */
  async goto(url: string): Promise<void> {
    await this.bidi.send('browsingContext.navigate', { context: this.context, url, wait: 'complete' });
  }

  /** Runs `expression` in the page (promises awaited) and returns its primitive value. */
  async evaluate<T = unknown>(expression: string, timeoutMs?: number): Promise<T> {
    const answer = await this.bidi.send<EvaluateResult>(
      'script.evaluate',
      { expression, target: { context: this.context }, awaitPromise: true },
      timeoutMs,
    );
    if (answer.type === 'exception') throw new Error(`${expression} threw: ${answer.exceptionDetails.text}`);
    return answer.result.value as T;
  }

  /**
   * Clicks the element matching `selector` as a user would: a real pointer press and release at
   * its centre through BiDi input actions (trusted events, unlike element.click()), scrolled into
   * view first as a user would scroll to it.
   */
  async click(selector: string): Promise<void> {
    const answer = await this.bidi.send<EvaluateResult>('script.evaluate', {
      expression: `(() => { const element = document.querySelector(${JSON.stringify(selector)}); element?.scrollIntoView({ block: 'center' }); return element; })()`,
      target: { context: this.context },
      awaitPromise: false,
      resultOwnership: 'root',
    });
    if (answer.type === 'exception') throw new Error(`looking for ${selector} threw: ${answer.exceptionDetails.text}`);
    const element = answer.result as RemoteValue & { sharedId?: string };
    if (element.type !== 'node' || !element.sharedId) throw new Error(`no element matches ${selector}`);
    await this.bidi.send('input.performActions', {
      context: this.context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId: element.sharedId } } },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
  }

  url(): Promise<string> {
    return this.evaluate<string>('location.href');
  }

  close(): Promise<unknown> {
    return this.bidi.send('browsingContext.close', { context: this.context });
  }
}
