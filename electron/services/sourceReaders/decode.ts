import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import { SourceFileError } from './errors';

export type Decoded = { text: string; encoding: string; warning?: string };

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe, 0x00, 0x00], 'utf-32le'],
  [[0x00, 0x00, 0xfe, 0xff], 'utf-32be'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

function bom(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  for (const [sig, encoding] of BOMS) if (sig.every((b, i) => bytes[i] === b)) return { encoding, length: sig.length };
  return undefined;
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** UTF-16 without a BOM shows as a NUL in every other byte of ASCII text. */
function utf16Guess(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  if (odd > n / 4 && even < n / 50) return 'utf-16le';
  if (even > n / 4 && odd < n / 50) return 'utf-16be';
  return undefined;
}

/**
 * Bytes of a text file → text, never silently garbled: a BOM decides; else strict UTF-8; else UTF-16
 * recognised by its NULs; else chardet's best guess that iconv-lite can decode, with a warning naming
 * the encoding so the person can check. ISO-8859-1 guesses are read as windows-1252, its superset that
 * Windows actually writes (curly quotes, € and dashes live in 0x80–0x9F). `declared` is an encoding a
 * file names itself (an HTML meta charset): used when the bytes are not UTF-8.
 */
export function decodeText(bytes: Uint8Array, declared?: string): Decoded {
  const b = bom(bytes);
  if (b) return { text: iconv.decode(Buffer.from(bytes.subarray(b.length)), b.encoding), encoding: b.encoding };
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const wide = utf16Guess(bytes);
  if (wide) return { text: iconv.decode(Buffer.from(bytes), wide), encoding: wide, warning: `no byte-order mark; read as ${wide.toUpperCase()}` };
  if (bytes.includes(0)) throw new SourceFileError('is binary, not text (it contains NUL bytes)');
  if (declared && iconv.encodingExists(declared) && !/^utf-?(8|16|32)/i.test(declared)) {
    const enc = /^(iso-8859-1|latin-?1|us-ascii|ascii)$/i.test(declared) ? 'windows-1252' : declared.toLowerCase();
    return { text: iconv.decode(Buffer.from(bytes), enc), encoding: enc };
  }
  const { encoding, confidence, others } = guessEncoding(bytes);
  const also = others.length ? `; ${others.join(' or ')} also possible` : '';
  return {
    text: iconv.decode(Buffer.from(bytes), encoding),
    encoding,
    warning: `not UTF-8: read as ${encoding} (guessed${confidence ? `, ${confidence}% sure` : ""}${also}); check accented letters and quotes`,
  };
}

/** Bytes windows-1252 leaves undefined: a file containing them was written in some other code page. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * chardet's guess, except that a weak guess (under 50%) yields to windows-1252 when the bytes are valid
 * in it: short Western texts ("Résumé") otherwise come out as Shift_JIS or Big5, and windows-1252 is what
 * Windows editors wrote for decades.
 */
function guessEncoding(bytes: Uint8Array): { encoding: string; confidence: number; others: string[] } {
  const matches = analyse(bytes)
    .filter((m) => iconv.encodingExists(m.name) && !/^(UTF-(8|16|32)|ASCII)/i.test(m.name) && m.confidence > 0)
    .map((m) => ({ name: /^ISO-8859-1$/i.test(m.name) ? 'windows-1252' : m.name.toLowerCase(), confidence: m.confidence }));
  const top = matches[0];
  const fits1252 = !bytes.some((b) => UNDEFINED_1252.has(b));
  const chosen = top && (top.confidence >= 50 || !fits1252) ? top : fits1252 ? { name: 'windows-1252', confidence: top?.name === 'windows-1252' ? top.confidence : 0 } : undefined;
  if (!chosen) throw new SourceFileError('is not UTF-8 and its encoding could not be recognised; save it as UTF-8 and try again');
  const others = matches.filter((m) => m.name !== chosen.name).slice(0, 2).map((m) => m.name);
  return { encoding: chosen.name, confidence: chosen.confidence, others };
}

/** Text that is mostly control characters came from a binary file, whatever its name says. */
export function assertTextual(text: string): void {
  // eslint-disable-next-line no-control-regex
  const controls = text.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  if (controls > Math.max(8, text.length / 100)) throw new SourceFileError('looks binary, not text (many control characters); is it the right file?');
}

/** Line ends made "\n", and control characters a text view cannot show removed (tab, newline and form feed stay). */
export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, '');
}
