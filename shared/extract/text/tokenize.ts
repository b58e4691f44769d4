/** A token of source text; offsets are UTF-16 code units into the text it came from. */
import { abbreviations } from '../lexicon/abbreviations';

export type Token = { text: string; start: number; end: number };

/*
 * Order matters: dotted acronyms before words (so "U.S." stays whole), and a possessive "'s" is its own
 * token so "Pakistan's" yields the name "Pakistan". Hyphens are separate tokens: the tagger learns to join
 * "Tehreek-e-Taliban" and to split "India-backed".
 */
const TOKEN =
  /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’](?![sS](?![\p{L}\p{N}]))\p{L}+)*|\p{N}+(?:[.,:/]\p{N}+)*(?:\p{L}+)?|['’][sS](?![\p{L}\p{N}])|[^\s]/gu;

export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = offset;
  for (;;) {
    const m = TOKEN.exec(text);
    if (!m || m.index >= end) break;
    let stop = Math.min(m.index + m[0].length, end);
    // "Calif.", "Sen.", and initials ("Ulysses S. Grant") keep their period.
    const abbrev = /^\p{Lu}$/u.test(m[0]) || (/^\p{Lu}\p{Ll}*$/u.test(m[0]) && abbreviations().has(m[0].toLowerCase()));
    if (text[stop] === '.' && stop < end && abbrev) {
      stop++;
      TOKEN.lastIndex = stop;
    }
    out.push({ text: text.slice(m.index, stop), start: m.index, end: stop });
    if (stop >= end) break;
  }
  return out;
}
