/**
 * CSV as spreadsheet programs read it (RFC 4180): fields with commas, quotes or line breaks are
 * quoted, quotes doubled. A cell starting with = + - @ (or a tab / carriage return) would be run
 * as a formula by Excel or LibreOffice; scam pages choose their own titles, so such cells get a
 * leading apostrophe and are shown as plain text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Lines end with CRLF, as the RFC asks, so every spreadsheet program splits them the same way. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
