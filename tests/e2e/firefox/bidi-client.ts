import WebSocket from 'ws';

/**
 * A minimal WebDriver BiDi client: JSON commands over one WebSocket, answered by id. Firefox
 * speaks BiDi natively (no geckodriver), which is all the Firefox browser test needs.
 * Spec: https://w3c.github.io/webdriver-bidi/ (command / success / error / event messages).
 */

type Json = Record<string, unknown>;

interface Pending {
  method: string;
  resolve(result: Json): void;
  reject(error: Error): void;
}

/** A BiDi "error" answer, with the command that caused it (the message alone is often vague). */
export class BidiError extends Error {
  constructor(
    readonly method: string,
    readonly error: string,
    message: string,
  ) {
    super(`${method} failed: ${error}: ${message}`);
  }
}

export class BidiClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, Set<(params: Json) => void>>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => this.dispatch(String(data)));
    socket.on('close', () => this.failAll(new Error('the BiDi connection closed')));
    socket.on('error', (error) => this.failAll(error));
  }

  static async connect(url: string, timeoutMs = 15_000): Promise<BidiClient> {
    const socket = new WebSocket(url, { handshakeTimeout: timeoutMs });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new BidiClient(socket);
  }

  /** Sends one command; resolves with its result, rejects with a BidiError (or on timeout). */
  send<T = Json>(method: string, params: Json = {}, timeoutMs = 30_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} got no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        method,
        resolve: (result) => {
          clearTimeout(timer);
          resolve(result as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Calls `listener` for every event named `event` (after a session.subscribe); returns an unsubscribe. */
  on(event: string, listener: (params: Json) => void): () => void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(listener);
    this.listeners.set(event, set);
    return () => set.delete(listener);
  }

  close(): void {
    this.socket.close();
  }

  private dispatch(raw: string): void {
    const message = JSON.parse(raw) as Json;
    if (message.type === 'event') {
      for (const listener of this.listeners.get(String(message.method)) ?? []) listener(message.params as Json);
      return;
    }
    const pending = typeof message.id === 'number' ? this.pending.get(message.id) : undefined;
    if (!pending) return;
    this.pending.delete(message.id as number);
    if (message.type === 'success') pending.resolve(message.result as Json);
    else pending.reject(new BidiError(pending.method, String(message.error), String(message.message)));
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
