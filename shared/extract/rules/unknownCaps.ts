import { lexicon } from '../lexicon/lexicon';
import { KIND_OF_LABEL } from '../ner/labels';
import type { Token } from '../text/tokenize';
import type { EntityType } from '../types';
import type { TokSpan } from './refine';
import { isDemonym, isNotName, isTitle } from './tokens';

const NAME_CLASSES: Record<string, EntityType> = {
  Country: 'country',
  City: 'location',
  Region: 'location',
  Place: 'location',
  Organization: 'organization',
  FirstName: 'person',
  LastName: 'person',
};

/*
 * A capitalised word inside a sentence that the lexicon does not know as a common word is almost always
 * a name ("a Fargo native", "Prasong Sunsiri said"). Runs of such words the tagger left out become names,
 * typed by the lexicon when it knows the word, else by the type the tagger itself prefers for them.
 */
export function unknownCapitalised(toks: Token[], covered: (i: number) => boolean, typeIfName: number[]): TokSpan[] {
  const lex = lexicon();
  const out: TokSpan[] = [];
  const infoOf = (t: Token) => lex.words.get(t.text.toLowerCase()) ?? lex.words.get(t.text.toLowerCase().replace(/\.$/, ''));
  const candidate = (i: number) => {
    const t = toks[i]!;
    if (covered(i) || !/^\p{Lu}[\p{Ll}\p{M}'’-]*\p{Ll}\.?$/u.test(t.text) || isTitle(t) || isNotName(t) || isDemonym(t.text)) return false;
    const info = infoOf(t);
    // A state abbreviation ("Calif.", "Tenn.") only with its period; other words only without one.
    if (t.text.endsWith('.')) return info?.ne === 'Place' || info?.ne === 'Region';
    return !info || !!NAME_CLASSES[info.ne] || !info.pos;
  };
  for (let i = 0; i < toks.length; i++) {
    // A capitalised word opening a sentence (or a quote) says nothing alone; two unknown ones are a name.
    const opening = i === 0 || /^["“'‘(:]$/.test(toks[i - 1]!.text);
    if (!candidate(i) || (opening && !candidate(i + 1))) continue;
    let last = i;
    while (last + 1 < toks.length && candidate(last + 1)) last++;
    // Words right before a title qualify it ("Defense Minister", "Interior Secretary").
    if (isTitle(toks[last + 1])) {
      i = last;
      continue;
    }
    const known = toks.slice(i, last + 1).map((x) => NAME_CLASSES[infoOf(x)?.ne ?? '']);
    // Two or three words no lexicon knows at all are, most often, a person's first and last names.
    const unknown = last > i && last - i < 3 && toks.slice(i, last + 1).every((x) => !infoOf(x));
    // "Thanksgiving Day", "Christmas Eve" are holidays, whatever their first word.
    const holiday = last > i && /^(?:Day|Eve)$/.test(toks[last]!.text);
    const type = holiday ? 'date' : ((last === i ? known[0] : unknown ? 'person' : undefined) ?? (KIND_OF_LABEL[typeIfName[i]!] as EntityType));
    if (type && type !== 'other') out.push({ first: i, last, type, prio: 1 });
    i = last;
  }
  return out;
}

