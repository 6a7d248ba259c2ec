import { detectFormat, DETECT_WINDOW } from './detect.ts';
import { EntrySink } from './entry-sink.ts';
import { FeedError } from './errors.ts';
import { forEachLineSpan } from './lines.ts';
import { parseAdblockLine, parseAdblockSpan } from './parsers/adblock.ts';
import { parseHostnameLine, parseHostnameSpan } from './parsers/hostnames.ts';
import { parseHostsFileLine, parseHostsFileSpan } from './parsers/hosts-file.ts';
import { parseJsonArray, parseJsonBody } from './parsers/json-array.ts';
import { parseJsonLine } from './parsers/jsonl.ts';
import { parseMetamaskConfig } from './parsers/metamask.ts';
import { parsePolkadotList } from './parsers/polkadot.ts';
import { parseScamSentinelFeed } from './parsers/scam-sentinel.ts';
import { createYamlUrlParser } from './parsers/yaml-urls.ts';
import { DEFAULT_MAX_CHARS, type FeedFormat, type ParsedFeed, type ParseOptions } from './types.ts';

type LineParser = (line: string, sink: EntrySink) => void;
/**
 * A line parser's fast path for text[start, stop): true when it handled the line exactly as the
 * line parser would, false to hand it the line as a string. Lets a 1M-line list be read without a
 * string per line or the general host normaliser (tests/unit/feeds/fast-lines.test.ts checks
 * that both paths agree on any line).
 */
type SpanParser = (text: string, start: number, stop: number, sink: EntrySink) => boolean;

interface LineFormat {
  parse: LineParser;
  span?: SpanParser;
}

/**
 * Formats read line by line, which can be parsed while the body is still downloading.
 * Each parse gets a fresh parser, since some (YAML) keep state between lines.
 */
const LINE_PARSERS: Partial<Record<FeedFormat, () => LineFormat>> = {
  hostnames: () => ({ parse: parseHostnameLine, span: parseHostnameSpan }),
  'hosts-file': () => ({ parse: parseHostsFileLine, span: parseHostsFileSpan }),
  adblock: () => ({ parse: parseAdblockLine, span: parseAdblockSpan }),
  jsonl: () => ({ parse: parseJsonLine }),
  'phantom-yaml': () => ({ parse: createYamlUrlParser() }),
  'cryptoscamdb-yaml': () => ({ parse: createYamlUrlParser() }),
};

/**
 * Parses a whole feed body. Detects the format unless `options.format` is given.
 * Throws FeedError for bodies that are not a list (empty, HTML, unknown format, malformed
 * JSON, over the caps, or in the signed format without `signatureVerified`); never for a
 * single bad entry, which is skipped and counted.
 */
export function parseFeed(text: string, options: ParseOptions = {}): ParsedFeed {
  const parser = new FeedParser(options);
  parser.push(text);
  return parser.finish();
}

/**
 * Incremental parser for a body that arrives in chunks (e.g. `response.body` through a
 * TextDecoderStream). Line formats are parsed as complete lines arrive, so memory stays
 * bounded by the output; JSON formats are buffered and parsed by `finish()`.
 * The size cap is checked on every chunk, so an oversized download can be aborted early.
 */
export class FeedParser {
  private readonly sink: EntrySink;
  private format: FeedFormat | undefined;
  private lineFormat: LineFormat | undefined;
  private pending = '';
  private received = 0;
  private readonly maxChars: number;

  constructor(private readonly options: ParseOptions = {}) {
    this.sink = new EntrySink(options.role, options.maxEntries);
    this.format = options.format;
    this.lineFormat = this.format === undefined ? undefined : LINE_PARSERS[this.format]?.();
    this.maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  }

  push(chunk: string): void {
    this.received += chunk.length;
    if (this.received > this.maxChars) {
      throw new FeedError('too-large', `The list is larger than the limit of ${this.maxChars} characters.`);
    }
    this.pending = this.pending === '' ? chunk : this.pending + chunk;
    if (this.format === undefined && !startsLikeJson(this.pending) && this.holdsDetectWindow()) this.decide();
    if (this.lineFormat !== undefined) this.drainCompleteLines(this.lineFormat);
  }

  /** The block entries read so far, in order (a line format's, as its lines come): do not modify. */
  get blockSoFar(): readonly string[] {
    return this.sink.block;
  }

  /** True for a JSON body (parsed only by finish), once its first character has come. */
  get waitsForWholeBody(): boolean {
    return this.format === undefined && startsLikeJson(this.pending);
  }

  finish(): ParsedFeed {
    if (this.format === undefined) this.decide();
    const format = this.format!;
    const lineFormat = this.lineFormat;
    let signed: ParsedFeed['signed'];
    if (lineFormat !== undefined) {
      this.parseLines(lineFormat, this.pending.length);
    } else {
      signed = this.parseWholeJson(format);
    }
    this.pending = '';
    const result = this.sink.result(format);
    if (signed !== undefined) result.signed = signed;
    else if (result.block.length + result.allow.length === 0) {
      throw new FeedError('empty', `The list has no usable entries (${result.skipped} were not valid sites).`);
    }
    return result;
  }

  /**
   * Whether the pending text holds more than detection's window after its leading blanks: detectFormat
   * then sees exactly what it would see in the whole body, so the format is decided the same way.
   */
  private holdsDetectWindow(): boolean {
    if (this.pending.length <= DETECT_WINDOW) return false;
    const start = this.pending.search(/[^\s\uFEFF]/);
    return start !== -1 && this.pending.length > start + DETECT_WINDOW;
  }

  private decide(): void {
    this.format = detectFormat(this.pending);
    this.lineFormat = LINE_PARSERS[this.format]?.();
  }

  private drainCompleteLines(lineFormat: LineFormat): void {
    const lastBreak = this.pending.lastIndexOf('\n');
    if (lastBreak === -1) return;
    this.parseLines(lineFormat, lastBreak);
    this.pending = this.pending.slice(lastBreak + 1);
  }

  /** The lines of pending[0, end). */
  private parseLines({ parse, span }: LineFormat, end: number): void {
    const text = this.pending;
    const sink = this.sink;
    forEachLineSpan(text, end, (start, stop) => {
      if (span === undefined || !span(text, start, stop, sink)) parse(text.slice(start, stop), sink);
    });
  }

  private parseWholeJson(format: FeedFormat): ParsedFeed['signed'] {
    if (format === 'scam-sentinel-feed' && this.options.signatureVerified !== true) {
      throw new FeedError('unsigned', 'This feed must be checked with its signature (verifySignedFeed).');
    }
    const value = parseJsonBody(this.pending.replace(/^\uFEFF/, ''));
    switch (format) {
      case 'json-array':
        parseJsonArray(value, this.sink);
        return undefined;
      case 'metamask':
        parseMetamaskConfig(value, this.sink);
        return undefined;
      case 'polkadot':
        parsePolkadotList(value, this.sink);
        return undefined;
      case 'scam-sentinel-feed':
        return parseScamSentinelFeed(value, this.sink);
      default:
        throw new FeedError('unrecognised', `No parser for the ${format} format.`);
    }
  }
}

function startsLikeJson(text: string): boolean {
  const first = text.search(/[^\s\uFEFF]/);
  if (first === -1) return false;
  const char = text[first];
  return char === '{' || (char === '[' && !/^\[\s*(adblock|ublock|adguard)/i.test(text.slice(first, first + 20)));
}
