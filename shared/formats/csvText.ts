/**
 * RFC 4180 CSV, with the spreadsheet-injection defence OWASP describes: a text cell a spreadsheet
 * would run as a formula (starting with = + - @, tab or CR) gets a leading apostrophe. Cells that are
 * already apostrophe-prefixed formulas get one more, so reading strips exactly one and every text
 * comes back as it was. Numbers are written bare: a number is never a formula.
 */
const RISKY = /^'*[=+\-@\t\r]/;

export function neutralise(text: string): string {
  return RISKY.test(text) ? `'${text}` : text;
}

export function unneutralise(text: string): string {
  return text.startsWith("'") && RISKY.test(text) ? text.slice(1) : text;
}

export function cell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const safe = neutralise(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows joined with CRLF (RFC 4180), prefixed with a BOM so Excel reads UTF-8 instead of the local code page. */
export function csvText(rows: (string | number | boolean | undefined)[][]): string {
  return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Parse CSV text into rows. Accepts LF or CRLF, a BOM, and a ; or tab delimiter when the header has no comma. */
export function parseCsv(input: string): string[][] {
  const text = input.replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delim = firstLine.includes(',') ? ',' : firstLine.includes(';') ? ';' : firstLine.includes('\t') ? '\t' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delim) row.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      (row = []), (field = '');
    } else field += ch;
  }
  if (quoted) throw new Error('a quoted cell is never closed (the file may be cut short)');
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows.filter((r) => r.some((c) => c !== ''));
}
