import type { Token } from '../text/tokenize';
import type { TokSpan } from './refine';
import { low } from './tokens';

const CAPS = /^[\p{Lu}][\p{Lu}.'’-]*$/u;

/*
 * News datelines: "ISLAMABAD:", "BUENOS AIRES (AP) --", "LANCASTER, Pa. (AP) —". The capitalised words
 * at the start of a line, before a colon, dash or bracketed agency, name a place; the agency is an
 * organisation. The tagger, trained on running prose, rarely gets these.
 */
export function dateline(text: string, toks: Token[]): TokSpan[] {
  const first = toks[0];
  if (!first || (first.start > 0 && text[first.start - 1] !== '\n')) return [];
  let i = 0;
  while (i < toks.length && i < 5 && CAPS.test(toks[i]!.text) && toks[i]!.text.length > 1) i++;
  if (i === 0) return [];
  const out: TokSpan[] = [{ first: 0, last: i - 1, type: 'location', prio: 2.5 }];
  let j = i;
  // ", Pa.", ", South Korea" — the state or country after the city is a place of its own.
  if (toks[j]?.text === ',' && /^\p{Lu}/u.test(toks[j + 1]?.text ?? '')) {
    let k = j + 1;
    while (k < toks.length && k < j + 4 && /^\p{Lu}/u.test(toks[k]!.text)) k++;
    out.push({ first: j + 1, last: k - 1, type: 'location', prio: 2.5 });
    j = toks[k]?.text === '.' ? k + 1 : k;
  }
  if (toks[j]?.text === '(' && toks[j + 2]?.text === ')' && CAPS.test(toks[j + 1]!.text)) {
    out.push({ first: j + 1, last: j + 1, type: 'organization', prio: 2.5 });
    j += 3;
  }
  const mark = toks[j]?.text ?? '';
  return mark === ':' || mark === '-' || mark === '—' || mark === '–' || j > i ? out : [];
}

const FBIS_CODE = /^[A-Z]{2}\d{7,}[A-Z]?$/;

/*
 * Monitoring-service source lines (FBIS, BBC Monitoring): "LD0806223294 Sarajevo Radio Bosnia-Herzegovina
 * Network in Serbo-Croatian 2000 GMT 8 Jun 94", "PM1602093194 Moscow KRASNAYA ZVEZDA in Russian". After
 * the document code come the place of publication and the broadcaster or paper, up to "in <language>" or
 * the date; the tagger, trained on prose, reads these as one run of capitals.
 */
export function sourceLine(text: string, toks: Token[], isPlace: (words: string[]) => boolean): TokSpan[] {
  // The code's index, or -1 when the sentence splitter cut the line right after the code.
  const at = toks.findIndex((t) => FBIS_CODE.test(t.text));
  const codeBefore = !!toks.length && /[A-Z]{2}\d{7,}[A-Z]?[ \t]*$/.test(text.slice(Math.max(0, toks[0]!.start - 20), toks[0]!.start));
  if (at < 0 && !codeBefore) return [];
  let end = at + 1;
  while (end < toks.length && /^\p{Lu}/u.test(toks[end]!.text) && toks[end]!.text !== 'GMT') end++;
  // "in <Language>" or a number closes the source's name.
  const run = toks.slice(at + 1, end).map((t) => t.text);
  if (run.length < 2) return [];
  let city = 0;
  for (let n = Math.min(3, run.length - 1); n >= 1; n--)
    if (isPlace(run.slice(0, n))) {
      city = n;
      break;
    }
  if (!city) return [];
  const out: TokSpan[] = [{ first: at + 1, last: at + city, type: 'location', prio: 3 }];
  // Words joined by hyphens ("Kanal-6", "UT-1") are one token run here: include "-" and digits inside.
  let last = at + city;
  const joined = (k: number) => toks[k - 1]!.text === '-' && toks[k - 1]!.end === toks[k]!.start;
  while (last + 1 < toks.length && low(toks[last + 1]) !== 'in' && (!/^\d+$/.test(toks[last + 1]!.text) || joined(last + 1)) && toks[last + 1]!.text !== 'GMT' && toks[last + 1]!.text !== ',') last++;
  if (last > at + city) out.push({ first: at + city + 1, last, type: 'organization', prio: 3 });
  return out;
}

/*
 * Wire datelines in running case: "(Text) Sofia, February 15 (BTA) -- Today...", "Taipei, Jan. 20 (CNA) --".
 * The capitalised words before the comma name the place; the bracketed capitals before the dash the agency.
 */
export function wireDateline(toks: Token[]): TokSpan[] {
  let i = 0;
  if (toks[0]?.text === '(' && toks[1]?.text === 'Text' && toks[2]?.text === ')') i = 3;
  let j = i;
  while (j < toks.length && j < i + 3 && /^\p{Lu}\p{Ll}+$/u.test(toks[j]!.text)) j++;
  if (j === i || toks[j]?.text !== ',') return [];
  // The date and the agency: ", February 15 (BTA) --" within a few tokens.
  for (let k = j + 1; k < Math.min(toks.length - 3, j + 6); k++) {
    if (toks[k]!.text === '(' && CAPS.test(toks[k + 1]!.text) && toks[k + 2]!.text === ')' && /^[-—–]/.test(toks[k + 3]!.text))
      return [
        { first: i, last: j - 1, type: 'location', prio: 2.5 },
        { first: k + 1, last: k + 1, type: 'organization', prio: 2.5 },
      ];
  }
  return [];
}
