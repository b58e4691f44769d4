import { COUNTRY_BY_NAME } from '../lexicon/countries';
import { lexicon } from '../lexicon/lexicon';
import { MONTHS, ORG_HEADS, WEEKDAYS } from '../lexicon/words';
import type { Token } from '../text/tokenize';
import { extendArticle, type TokSpan } from './refine';
import { isCap, isNotName, isTitle, low } from './tokens';

/** Lower-case words and marks that may join the capitalised words of a body's name. */
const JOINERS = new Set(['of', 'for', '&', "'s", '’s', "'", '’', '-']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
/** A capitalised word of a name: letters (a dotted acronym, a hyphen or apostrophe inside), no digits. */
const nameWord = (t: Token | undefined) => !!t && isCap(t) && /^\p{Lu}[\p{L}.'’-]*$/u.test(t.text) && !isTitle(t) && !isNotName(t);

const commonNoun = (t: Token) => {
  const info = lexicon().words.get(low(t));
  return !!info && !info.ne && (info.pos === 'Noun' || info.pos === 'Adjective');
};

const isPlace = (words: Token[]) => {
  const key = words.map(low).join(' ');
  if (COUNTRY_BY_NAME.has(key)) return true;
  const ne = (words.length === 1 ? lexicon().words.get(key)?.ne : lexicon().phrases.get(key)) ?? '';
  return ['Country', 'City', 'Region', 'Place'].includes(ne);
};

/*
 * A run of capitalised words ending in a word that heads the names of bodies is the name of a body:
 * "Environmental Protection Agency", "Croatian People's Party", "Mountain Empire Unified School
 * District", "National Governors' Association". The tagger often stops inside such names or misses them
 * at a sentence start. Connectors and possessives inside are kept when capitalised words follow; an
 * "of" phrase after the head is kept unless it names a place ("Supreme Court" of "Canada"), which news
 * annotation marks apart.
 */
export function orgByHead(toks: Token[]): TokSpan[] {
  const out: TokSpan[] = [];
  for (let i = 1; i < toks.length; i++) {
    const head = toks[i]!;
    if (!ORG_HEADS.has(low(head)) || !/^\p{Lu}\p{Ll}/u.test(head.text)) continue;
    let first = i;
    for (let j = i - 1; j >= 0; j--) {
      const t = toks[j]!;
      if (nameWord(t)) first = j;
      // A title word right before the head names the body's field ("Justice Department", "Defense Ministry").
      else if (j === i - 1 && isTitle(t) && isCap(t)) first = j;
      // "People's Party", but not "Russia's Foreign Ministry": a place's possessive names its owner.
      else if (JOINERS.has(low(t)) && nameWord(toks[j - 1]) && !(POSSESSIVE.has(t.text) && isPlace([toks[j - 1]!]))) continue;
      // "Health and Human Services", but not "Badr and Interior Ministry": "and" joins common words only.
      else if (low(t) === 'and' && nameWord(toks[j - 1]) && commonNoun(toks[j - 1]!) && commonNoun(toks[j + 1]!)) continue;
      else break;
    }
    if (first === i) continue;
    // Lower-case joiners are never the first word.
    while (first < i && !isCap(toks[first])) first++;
    let last = i;
    // "Bureau of Land Management", "Council of Great City Schools"; not "Supreme Court of Canada".
    // ... and "Committee on Veterans Affairs", "Center for Strategic Studies".
    const word = (t: Token | undefined) => nameWord(t) && !MONTHS.has(low(t).replace(/\.$/, '')) && !WEEKDAYS.has(low(t));
    if (['of', 'on', 'for'].includes(low(toks[i + 1])) && word(toks[i + 2])) {
      let k = i + 2;
      while (k + 1 < toks.length && word(toks[k + 1])) k++;
      if (!isPlace(toks.slice(i + 2, k + 1))) last = k;
    }
    out.push(extendArticle(toks, { first, last, type: 'organization', prio: 2.3 }));
  }
  return out;
}
