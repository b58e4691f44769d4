import { initialsOf, isAcronym } from '../names';
import type { Token } from '../text/tokenize';
import type { EntityType } from '../types';
import { type TokSpan, spanText, typeByForm } from './refine';
import { isCap, isInner, low } from './tokens';
import { COUNTRY_BY_NAME } from '../lexicon/countries';

/*
 * "Long Name (ACR)": the long form is the run of capitalised words (and connectors) before the bracket
 * whose initials spell the acronym; both become one entity. Returns the long form and the acronym spans.
 */
export function acronymDefinitions(text: string, toks: Token[], typeAt: (i: number) => EntityType | undefined): TokSpan[] {
  const out: TokSpan[] = [];
  for (let i = 1; i + 2 < toks.length; i++) {
    if (toks[i]!.text !== '(' || toks[i + 2]!.text !== ')' || !isAcronym(toks[i + 1]!.text)) continue;
    const acr = toks[i + 1]!.text.replace(/\./g, '').replace(/s$/, '');
    for (let first = i - 1; first >= Math.max(0, i - 10); first--) {
      const t = toks[first]!;
      if (!isCap(t) && !isInner(t)) break;
      if (!isCap(t)) continue;
      if (!initialsOf(spanText(text, toks, { first, last: i - 1 })).includes(acr)) continue;
      // The expansion's own words decide ("United Arab Emirates" is a country); otherwise the type the tagger
      // gave its first word, since its last may be a place inside the name ("Tehreek-e-Taliban Pakistan").
      const tagged = typeAt(first) ?? 'organization';
      let type = typeByForm(spanText(text, toks, { first, last: i - 1 }), tagged === 'country' ? 'organization' : tagged, toks[i - 1]!.text);
      // A longer name ending in a country's name, introduced with an acronym, names a body of that country
      // ("Tehreek-e-Taliban Pakistan (TTP)"), not a place.
      if (type === 'location' && i - 1 > first && COUNTRY_BY_NAME.has(low(toks[i - 1]))) type = 'organization';
      out.push({ first, last: i - 1, type, prio: 3 });
      out.push({ first: i + 1, last: i + 1, type, prio: 3, expands: toks[first]!.start });
      break;
    }
  }
  return out;
}
