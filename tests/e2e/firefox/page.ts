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

  /** Loads `url` and waits for the load to complete (wherever redirects lead). */
  async goto(url: string): Promise<void> {
    await this.bidi.send('browsingContext.navigate', { context: this.context, url, wait: 'complete' });
  }

  /** Runs `expression` in the page (promises awaited) and returns its primitive value. */
  async evaluate<T = unknown>(expression: string): Promise<T> {
    const answer = await this.bidi.send<EvaluateResult>('script.evaluate', {
      expression,
      target: { context: this.context },
      awaitPromise: true,
    });
    if (answer.type === 'exception') throw new Error(`${expression} threw: ${answer.exceptionDetails.text}`);
    return answer.result.value as T;
  }

  /**
   * Clicks the element matching `selector` as a user would: a real pointer press and release at
   * its centre through BiDi input actions (trusted events, unlike element.click()).
   */
  async click(selector: string): Promise<void> {
    const answer = await this.bidi.send<EvaluateResult>('script.evaluate', {
      expression: `document.querySelector(${JSON.stringify(selector)})`,
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
