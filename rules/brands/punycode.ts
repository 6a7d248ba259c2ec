/**
 * A minimal RFC 3492 Punycode decoder for IDN labels ("xn--…"). The browser has no `punycode` module and
 * `node:punycode` is not allowed in rules/, so this is the decoding half of the RFC's reference algorithm.
 * Returns null for malformed input instead of throwing: domain names are hostile input.
 */
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_CODE_POINT = 0x10ffff;
const MAX_LABEL_CHARS = 63;

function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  let d = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / numPoints);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

function digitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 22; // 0-9 → 26..35
  if (code >= 65 && code <= 90) return code - 65; // A-Z → 0..25
  if (code >= 97 && code <= 122) return code - 97; // a-z → 0..25
  return -1;
}

/** Decodes the part after "xn--" (the raw Punycode string) to Unicode, or null when malformed. */
export function decodePunycode(input: string): string | null {
  if (input.length > MAX_LABEL_CHARS) return null;
  const output: number[] = [];
  const basicEnd = input.lastIndexOf('-');
  for (let j = 0; j < Math.max(basicEnd, 0); j++) {
    const code = input.charCodeAt(j);
    if (code >= 0x80) return null;
    output.push(code);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let pos = basicEnd > 0 ? basicEnd + 1 : 0; pos < input.length; ) {
    const oldI = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (pos >= input.length) return null;
      const digit = digitValue(input.charCodeAt(pos++));
      if (digit < 0) return null;
      i += digit * w;
      if (i > MAX_CODE_POINT * (MAX_LABEL_CHARS + 1)) return null; // overflow guard
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
    }
    bias = adapt(i - oldI, output.length + 1, oldI === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (n > MAX_CODE_POINT || (n >= 0xd800 && n <= 0xdfff)) return null;
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}

/** Decodes one DNS label: "xn--…" labels through Punycode, others unchanged. Null when malformed. */
export function decodeLabel(label: string): string | null {
  return label.startsWith('xn--') ? decodePunycode(label.slice(4)) : label;
}
