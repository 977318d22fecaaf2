// CSV text that Excel opens as it should: UTF-8 with a byte-order mark, CRLF rows, RFC 4180 quoting, no formulas.

/**
 * One field: quoted when it holds a comma, quote, CR or LF (quotes doubled); text starting with = + - @ (or a
 * tab/CR) gets a leading apostrophe, so a spreadsheet shows it instead of running it as a formula.
 */
export function csvField(value: unknown): string {
  let s = value === undefined || value === null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The whole file: BOM, then rows joined by commas and CRLF, ending with CRLF. */
export function csvText(rows: readonly (readonly unknown[])[]): string {
  return `\ufeff${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
