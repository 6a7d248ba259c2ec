import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { Agent, fetch as undiciFetch } from 'undici';
import { TEST_TLS_CERT, TEST_TLS_KEY } from './tls-test-cert';

/** A real HTTP (or, with `tls`, https) server on 127.0.0.1 whose answer per path each test sets. */
export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface FeedServer {
  url(path: string): string;
  /** Sets what `path` answers from now on. */
  serve(path: string, handler: Handler): void;
  /** Request headers seen, per path, oldest first. */
  seen(path: string): IncomingMessage['headers'][];
  close(): Promise<void>;
}

export async function startFeedServer(options: { tls?: boolean } = {}): Promise<FeedServer> {
  const handlers = new Map<string, Handler>();
  const seen = new Map<string, IncomingMessage['headers'][]>();
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/';
    seen.set(path, [...(seen.get(path) ?? []), req.headers]);
    const handler = handlers.get(path);
    if (handler) handler(req, res);
    else res.writeHead(404).end('not found');
  };
  const server = options.tls ? createTlsServer({ cert: TEST_TLS_CERT, key: TEST_TLS_KEY }, listener) : createServer(listener);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}${path}`,
    serve: (path, handler) => void handlers.set(path, handler),
    seen: (path) => seen.get(path) ?? [],
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Answers 200 with a body and an ETag, or 304 when the client already has that ETag. */
export function withEtag(body: string | Uint8Array, etag: string, contentType = 'text/plain'): Handler {
  return (req, res) => {
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': contentType, etag, 'content-length': Buffer.byteLength(body) }).end(body);
  };
}

export const hostsList = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}-${i}.example`).join('\n') + '\n';

const trustingAgent = new Agent({ connect: { ca: TEST_TLS_CERT } });

/** A standard fetch (undici's, which Node's is built on) that trusts the test certificate. */
export const fetchTrustingTestCert = ((url: string, init?: RequestInit) =>
  undiciFetch(url, { ...(init as object), dispatcher: trustingAgent })) as unknown as typeof fetch;

/** Answers with a redirect to `location`. */
export const redirectTo = (location: string): Handler => (_req, res) => void res.writeHead(302, { location }).end();
