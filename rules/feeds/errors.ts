/**
 * Errors a feed can fail with. Only whole-feed problems are errors: a single bad entry is
 * skipped and counted, never thrown. The sync layer shows `message` to the user (plain words)
 * and branches on `code`.
 */
type FeedErrorCode =
  /** The body is empty or only whitespace/comments. */
  | 'empty'
  /** The body is an HTML page (an error page, a login wall, a parked domain). */
  | 'html'
  /** The body is text, but no supported list format. */
  | 'unrecognised'
  /** The body claims a format (JSON, our feed format) but does not follow it. */
  | 'malformed'
  /** The body is larger than the size cap. */
  | 'too-large'
  /** The list has more entries than the entry cap. */
  | 'too-many-entries'
  /** A body in the project's signed format was parsed without checking its signature. */
  | 'unsigned'
  /** The signature file is not `{"keyId": "...", "sig": "<base64>"}`. */
  | 'malformed-signature'
  /** The signature names a key that is not pinned in this build. */
  | 'unknown-key'
  /** The signature does not match the body. */
  | 'bad-signature'
  /** The feed's version is older than the last one accepted (a rollback). */
  | 'rollback'
  /** The feed's version is the one last accepted, but its content is different. */
  | 'version-reused'
  /** The feed is past its expiry date. */
  | 'expired'
  /** A compiled host set buffer failed validation (truncated, wrong magic, bad checksum). */
  | 'corrupt-set';

export class FeedError extends Error {
  override readonly name = 'FeedError';

  constructor(
    readonly code: FeedErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function isFeedError(error: unknown): error is FeedError {
  return error instanceof FeedError;
}
