import { COUNTRY_BY_NAME } from '../lexicon/countries';
import { lexicon } from '../lexicon/lexicon';
import { EVENT_HEADS, FORCE_HEADS, GOVERNANCE_HEADS, ORG_HEADS } from '../lexicon/words';
import type { Token } from '../text/tokenize';
import type { EntityType } from '../types';
import { spanText, type TokSpan } from './refine';
import { isCap, isDemonym, isNotName, isTitle, low } from './tokens';

/** Words the lexicon knows as something other than a name (a verb, an adjective, a place...). */
export const commonWord = (w: string) => {
  const info = lexicon().words.get(w);
  return !!info && (!!info.pos || !['FirstName', 'LastName'].includes(info.ne)) && info.ne !== 'FirstName';
};

/** A word the lexicon knows only as a common word ("Federal", "Local"): alone at a sentence start, not a name. */
export const plainWord = (t: Token) => {
  const low = t.text.toLowerCase();
  const info = lexicon().words.get(low);
  return (!!info && !!info.pos && !info.ne) || (!info?.ne && lexicon().casing.get(low) === 'l');
};

const PHRASE_TYPES: Record<string, EntityType> = { Country: 'country', City: 'location', Region: 'location', Place: 'location', Organization: 'organization' };

/** Gazetteer and pattern spans the tagger may miss: countries, titled persons, governments, events. */
export function ruleSpans(text: string, toks: Token[]): TokSpan[] {
  const out: TokSpan[] = [];
  const lex = lexicon();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // Bodies the lexicon knows by a one-word name or acronym ("CIA", "AFP", "Reuters").
    if (/^\p{Lu}/u.test(t.text) && (t.text.length > 2 || t.text === t.text.toUpperCase()) && lex.words.get(t.text.toLowerCase())?.ne === 'Organization')
      out.push({ first: i, last: i, type: 'organization', prio: 1.5 });
    const country = COUNTRY_BY_NAME.get(t.text.toLowerCase());
    // Short all-caps names ("US", "UK") only as written; "us" is a pronoun.
    if (country && isCap(t) && (t.text.length > 3 || t.text === t.text.toUpperCase())) out.push({ first: i, last: i, type: 'country', prio: 1.5 });
    for (let n = Math.min(4, toks.length - i); n >= 2 && isCap(t); n--) {
      const phrase = toks.slice(i, i + n).map(low).join(' ');
      const type = PHRASE_TYPES[lex.phrases.get(phrase) ?? ''];
      // A known multi-word place or body outranks the tagger's pieces of it ("NEW" + "YORK", "South" of "South Dakota").
      if (type) out.push({ first: i, last: i + n - 1, type, prio: 2.2 });
    }
    // "Sen. Strom Thurmond" (but "Justice Department" is a body).
    if (isTitle(t) && isCap(toks[i + 1]) && !isTitle(toks[i + 1]) && !isNotName(toks[i + 1]) && !ORG_HEADS.has(low(toks[i + 1]))) {
      let last = i + 1;
      while (last + 1 < toks.length && last < i + 3 && isCap(toks[last + 1]) && !isNotName(toks[last + 1])) last++;
      if (!COUNTRY_BY_NAME.has(spanText(text, toks, { first: i + 1, last }).toLowerCase()))
        out.push({ first: i + 1, last, type: 'person', prio: 1 });
    }
    const head = low(t);
    if (i > 0 && (GOVERNANCE_HEADS.has(head) || (isCap(t) && EVENT_HEADS.has(head))) && isCap(toks[i - 1]) && !isNotName(toks[i - 1])) {
      let first = i - 1;
      while (first > 0 && isCap(toks[first - 1]) && !isNotName(toks[first - 1]) && !isTitle(toks[first - 1])) first--;
      if (first < i - 1 || !isDemonym(toks[first]!.text) || GOVERNANCE_HEADS.has(head))
        out.push({ first, last: i, type: GOVERNANCE_HEADS.has(head) ? 'organization' : 'event', prio: 2.5 });
    }
    // Holidays: "Thanksgiving Day", "Independence Day", "Christmas Eve".
    if (i > 0 && (t.text === 'Day' || t.text === 'Eve') && /^\p{Lu}\p{Ll}+$/u.test(toks[i - 1]!.text) && !isNotName(toks[i - 1]))
      out.push({ first: i - 1, last: i, type: 'date', prio: 2.5 });
    // "Iraqi forces", "Kurdish fighters", "Russian officials": a nation's armed or official body, an actor.
    if (i > 0 && FORCE_HEADS.has(head) && isCap(toks[i - 1]) && isDemonym(toks[i - 1]!.text)) out.push({ first: i - 1, last: i, type: 'organization', prio: 2.5 });
  }
  return out;
}

export const isFirstName = (w: string) => lexicon().words.get(w)?.ne === 'FirstName';

/** A known country, city, region or place ("Moscow", "Buenos Aires", "Panama City"). */
export const isPlaceName = (words: string[]) => {
  const key = words.join(' ').toLowerCase();
  if (COUNTRY_BY_NAME.has(key)) return true;
  const ne = (words.length === 1 ? lexicon().words.get(key)?.ne : lexicon().phrases.get(key)) ?? '';
  return ['Country', 'City', 'Region', 'Place'].includes(ne);
};
