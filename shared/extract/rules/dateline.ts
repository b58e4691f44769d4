import type { Token } from '../text/tokenize';
import type { TokSpan } from './refine';

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
  // ", Pa." — a state or country after the city is part of the dateline, not of the name.
  if (toks[j]?.text === ',' && /^\p{Lu}/u.test(toks[j + 1]?.text ?? '')) j += toks[j + 2]?.text === '.' ? 3 : 2;
  if (toks[j]?.text === '(' && toks[j + 2]?.text === ')' && CAPS.test(toks[j + 1]!.text)) {
    out.push({ first: j + 1, last: j + 1, type: 'organization', prio: 2.5 });
    j += 3;
  }
  const mark = toks[j]?.text ?? '';
  return mark === ':' || mark === '-' || mark === '—' || mark === '–' || j > i ? out : [];
}
