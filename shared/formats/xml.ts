/**
 * XML output helpers. XML 1.0 cannot carry most C0 control characters at all (not even escaped), nor
 * U+FFFE/U+FFFF, so they are removed rather than escaped; tab, newline and CR are kept.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function stripControl(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Escape for both element text and double-quoted attributes. CR/LF/tab in attributes would be normalised
 * away by any reader, so they are written as character references. */
export function esc(text: string): string {
  return stripControl(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/** A number as XML Schema's double/float accept it (no "Infinity", no exponent surprises for ints). */
export function num(n: number): string {
  return Number.isFinite(n) ? String(n) : '0';
}
