import { COUNTRY_BY_NAME } from '../lexicon/countries';
import { lexicon } from '../lexicon/lexicon';
import type { Token } from '../text/tokenize';
import type { TokSpan } from './refine';
import { isCap, isDemonym, isTitle, low } from './tokens';

/*
 * A mention's extent versus its name. The name of a person is "Khawaja Asif"; the words of the text that
 * refer to him are "Defence Minister Khawaja Asif". News annotation (CoNLL, ACE, re3d) marks the latter:
 * a title or rank written before a name belongs to the mention, and so does the state or country that
 * qualifies a town ("Bowling Green, Va."). The pass keeps names for entities and aliases, and reports
 * these extents as the mention spans of `extractText`.
 */

/**
 * Token range of a mention's extent (inclusive), never narrower than the name; `phraseFirst` is where
 * the noun phrase starts when a qualifier precedes the title ("Russian Foreign Minister Lavrov").
 */
export type Extent = { first: number; last: number; phraseFirst: number };

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Words that make a title more specific without naming anyone ("Foreign Secretary", "Interior Minister"). */
const TITLE_MODIFIERS = words(`foreign defense defence interior home finance justice trade commerce economy
  economic energy information health education agriculture transport transportation labor labour culture
  environment treasury war security intelligence industry tourism culture communications development
  prime vice deputy senior chief petty first second acting assistant associate executive general special
  principal permanent supreme grand high lord attorney surgeon command staff master sergeant army navy`);

/** US states and their AP abbreviations ("Va.", "Calif."), which qualify a town after a comma. */
const US_STATES = words(`alabama ala alaska arizona ariz arkansas ark california calif colorado colo
  connecticut conn delaware del florida fla georgia ga hawaii idaho illinois ill indiana ind iowa kansas kan
  kentucky ky louisiana la maine maryland md massachusetts mass michigan mich minnesota minn mississippi miss
  missouri mo montana mont nebraska neb nevada nev hampshire jersey mexico york carolina dakota n.h. n.j. n.m.
  n.y. n.c. n.d. s.c. s.d. d.c. ohio oklahoma okla oregon ore pennsylvania pa rhode r.i. tennessee tenn texas
  utah vermont vt virginia va washington wash wisconsin wis wyoming wyo`);

/** A capitalised word that qualifies a title without naming anything ("Foreign Secretary", "Prime Minister"). */
function titleModifier(t: Token): boolean {
  if (!isCap(t) || isDemonym(t.text) || t.text === t.text.toUpperCase() || COUNTRY_BY_NAME.has(low(t))) return false;
  if (TITLE_MODIFIERS.has(low(t))) return true;
  const info = lexicon().words.get(low(t));
  // An adjective or noun the lexicon knows only as a common word; names, places and bodies are other
  // entities, and function words ("But Sen. Strom Thurmond") open the sentence rather than the title.
  return !!info && (info.pos === 'Adjective' || info.pos === 'Noun') && (!info.ne || info.ne === 'Title');
}

/** A word that names something other than the person: "Haitian", "U.N.", "GE", "Texas", "China's". */
function namesOther(t: Token | undefined): boolean {
  if (!t || !isCap(t)) return t?.text === "'s" || t?.text === '’s';
  if (isDemonym(t.text) || COUNTRY_BY_NAME.has(low(t)) || /^\p{Lu}[\p{Lu}.&-]+$/u.test(t.text)) return true;
  const ne = lexicon().words.get(low(t).replace(/\.$/, ''))?.ne ?? '';
  return ['Country', 'City', 'Region', 'Place', 'Organization', 'Demonym'].includes(ne);
}

const OF = new Set(['of', 'for']);

/*
 * The capitalised title chain right before a person's name: "President", "Lt. Gen.", "Foreign Secretary",
 * "Secretary of State", "Minister for the Middle East". A qualifier that is itself a name ("Haitian
 * President", "GE spokesman", "U.N. Secretary") stops the chain: it is another entity, not a title; and a
 * lower-case job word ("spokesman", "station chief") is description, not a title.
 */
function titleStart(toks: Token[], first: number): { start: number; phrase: number } {
  let j = first - 1;
  let start = first;
  // "Title of|for [the] Capitalised words" directly before the name.
  let k = j;
  while (k >= 0 && k > j - 3 && isCap(toks[k]) && !isTitle(toks[k])) k--;
  if (k < j && k >= 1) {
    const art = low(toks[k]) === 'the' ? 1 : 0;
    if (OF.has(low(toks[k - art])) && isTitle(toks[k - art - 1]) && isCap(toks[k - art - 1])) {
      start = k - art - 1;
      j = start - 1;
    }
  }
  if (start === first && !(isTitle(toks[j]) && isCap(toks[j]))) return { start: first, phrase: first };
  while (j >= 0) {
    const t = toks[j]!;
    if (isTitle(t) && isCap(t)) start = j;
    else if (!(titleModifier(t) && j + 1 < first && isTitle(toks[j + 1]))) break;
    else start = j;
    j--;
  }
  // "Haitian President Jean Aristide", "U.N. Secretary Javier Perez de Cuellar": the title belongs to the
  // qualifier's office, and news annotation (CoNLL) leaves both out of the person's mention. A noun
  // phrase (ACE) keeps the qualifier: "Russian Foreign Minister Lavrov", "US Secretary of State John Kerry".
  if (!namesOther(toks[start - 1])) return { start, phrase: start };
  let phrase = start;
  while (phrase > 0 && isCap(toks[phrase - 1]) && (namesOther(toks[phrase - 1]) || titleModifier(toks[phrase - 1]!) || isTitle(toks[phrase - 1]))) phrase--;
  return { start: first, phrase };
}

/** "City, ST" or "City, Country": the place after the comma qualifies the town, unless it is a list. */
function qualifierEnd(toks: Token[], s: TokSpan, next: TokSpan | undefined): number {
  if (!next || (s.type !== 'location' && s.type !== 'country') || (next.type !== 'location' && next.type !== 'country')) return s.last;
  if (s.type === 'country' || next.first !== s.last + 2 || toks[s.last + 1]!.text !== ',') return s.last;
  // Datelines ("SEOUL, South Korea (AP)") name the place and the country apart.
  if (s.first === 0 && toks[s.first]!.text === toks[s.first]!.text.toUpperCase()) return s.last;
  const qualifier = toks.slice(next.first, next.last + 1).map(low);
  const key = qualifier.join(' ');
  const isRegion =
    next.type === 'country' ||
    US_STATES.has(qualifier.at(-1)!.replace(/\.$/, '')) ||
    US_STATES.has(qualifier.at(-1)!) ||
    ['Region', 'Country', 'Place'].includes(lexicon().words.get(key.replace(/\.$/, ''))?.ne ?? lexicon().phrases.get(key) ?? '');
  if (!isRegion) return s.last;
  // A list of places ("Russia, Japan, Poland") goes on with another comma or "and".
  const after = toks[next.last + 1];
  if (after && (low(after) === 'and' || low(after) === 'or' || (after.text === ',' && isCap(toks[next.last + 2]) && low(toks[next.last + 2]) !== 'which'))) return s.last;
  const before = toks[s.first - 1];
  if (before && (before.text === ',' || low(before) === 'and' || low(before) === 'or')) return s.last;
  return next.last;
}

/** The extents of a sentence's chosen spans (sorted by position), one per span. */
export function extents(toks: Token[], spans: TokSpan[]): Extent[] {
  return spans.map((s, i) => {
    const title = s.type === 'person' ? titleStart(toks, s.first) : { start: s.first, phrase: s.first };
    // A state abbreviation the tagger left out ("Amherst, Mass", "Buffalo, N.Y.") still qualifies the town.
    const state = toks[s.last + 2];
    const bare = state && toks[s.last + 1]!.text === ',' && isCap(state) && (US_STATES.has(low(state)) || US_STATES.has(low(state).replace(/\.$/, ''))) && spans[i + 1]?.first !== s.last + 2;
    const next = bare ? { first: s.last + 2, last: s.last + 2, type: 'location' as const, prio: 0 } : spans[i + 1];
    const last = qualifierEnd(toks, s, next);
    return { first: title.start, last, phraseFirst: title.phrase };
  });
}
