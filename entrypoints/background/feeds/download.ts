import { redirectStaysSecure } from '@/rules/feeds-config/feed-url';

/**
 * Downloads a feed body with the safety limits of a background task that nobody watches:
 * a deadline for the whole download, a shorter one for silence mid-body, a size cap checked
 * before and while reading (an oversized list is abandoned early, not read to the end), and
 * conditional requests (ETag / Last-Modified) so an unchanged list costs one short answer.
 */
export class SyncError extends Error {
  override readonly name = 'SyncError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type Download =
  | { status: 'not-modified' }
  | { status: 'ok'; bytes: Uint8Array; etag?: string; lastModified?: string; contentType: string };

export interface DownloadLimits {
  timeoutMs: number;
  stallMs: number;
  maxBytes: number;
}

export async function download(
  url: string,
  validators: Validators,
  limits: DownloadLimits,
  fetchImpl: typeof fetch = fetch,
  /**
   * Given each chunk of the body as it arrives (within the cap); must not throw. When it returns a
   * promise, reading waits for it (work that must come first, such as a rule install to start).
   */
  onChunk: (bytes: Uint8Array) => void | Promise<void> = () => {},
): Promise<Download> {
  const controller = new AbortController();
  let reason: SyncError | null = null;
  const abort = (error: SyncError) => {
    reason ??= error;
    controller.abort();
  };
  const deadline = setTimeout(() => abort(new SyncError('timeout', `The download took longer than ${limits.timeoutMs / 1000} seconds.`)), limits.timeoutMs);
  let stall: ReturnType<typeof setTimeout> | undefined;
  const watchStall = () => {
    clearTimeout(stall);
    stall = setTimeout(() => abort(new SyncError('timeout', 'The download stopped half-way.')), limits.stallMs);
  };
  try {
    const headers: Record<string, string> = {};
    if (validators.etag) headers['If-None-Match'] = validators.etag;
    if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
    // "no-store": the conditional headers above are ours; the HTTP cache must not answer for the server.
    const response = await fetchImpl(url, { headers, cache: 'no-store', credentials: 'omit', redirect: 'follow', signal: controller.signal });
    // Redirects are followed (list hosts move files to mirrors), but the address that answered
    // must be as safe as a feed address: an https feed sent on to plain http is refused, body unread.
    // (Browsers hide a redirect's intermediate steps from fetch; the final address is what is checked.)
    if (response.url !== '' && response.url !== url && !redirectStaysSecure(url, response.url)) {
      await response.body?.cancel().catch(() => undefined);
      throw new SyncError('insecure-redirect', 'The address sent the download on to an address that is not secure (not https).');
    }
    if (response.status === 304) return { status: 'not-modified' };
    if (!response.ok) throw new SyncError('http', `The server answered with error ${response.status}.`);
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > limits.maxBytes) throw tooLarge(limits.maxBytes);
    watchStall();
    const bytes = await readCapped(response, limits.maxBytes, watchStall, abort, onChunk);
    // With gzip the declared length is the compressed one; only a plain body can be compared.
    const encoding = (response.headers.get('content-encoding') ?? 'identity').toLowerCase();
    if (Number.isFinite(declared) && encoding === 'identity' && bytes.length < declared) {
      throw new SyncError('truncated', `The download was cut off (${bytes.length} of ${declared} bytes).`);
    }
    if (bytes.length === 0) throw new SyncError('empty', 'The address returned an empty file.');
    return {
      status: 'ok',
      bytes,
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
      contentType: response.headers.get('content-type') ?? '',
    };
  } catch (error) {
    if (reason !== null) throw reason;
    if (error instanceof SyncError) throw error;
    throw new SyncError('network', `The list could not be downloaded (${describe(error)}).`);
  } finally {
    clearTimeout(deadline);
    clearTimeout(stall);
  }
}

/** Longest stretch of reading and parsing before other work of the worker gets a turn. */
const TURN_MS = 50;

async function readCapped(
  response: Response,
  maxBytes: number,
  onProgress: () => void,
  abort: (error: SyncError) => void,
  onChunk: (bytes: Uint8Array) => void | Promise<void>,
): Promise<Uint8Array> {
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let turnAt = performance.now() + TURN_MS;
  for (;;) {
    // A body that comes faster than it is parsed is read without a pause (each read answers at
    // once from the stream's queue): other work of the worker (a navigation to check, the browser's
    // answers to a rule install under way) gets a turn every TURN_MS instead of after the download.
    if (performance.now() >= turnAt) {
      await new Promise((done) => setTimeout(done, 0));
      turnAt = performance.now() + TURN_MS;
    }
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      abort(tooLarge(maxBytes));
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
    onProgress();
    const first = onChunk(value);
    if (first !== undefined) {
      await first;
      onProgress();
    }
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(maxBytes: number): SyncError {
  return new SyncError('too-large', `The list is larger than the limit of ${Math.round(maxBytes / 1024 / 1024)} MB.`);
}

function describe(error: unknown): string {
  const text = error instanceof Error ? `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ''}` : String(error);
  return text.slice(0, 160);
}
