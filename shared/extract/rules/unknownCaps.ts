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
  const candidate = (i: number) => {
    const t = toks[i]!;
    if (covered(i) || !/^\p{Lu}[\p{Ll}\p{M}'’-]*\p{Ll}$/u.test(t.text) || isTitle(t) || isNotName(t) || isDemonym(t.text)) return false;
    const info = lex.words.get(t.text.toLowerCase());
    return !info || !!NAME_CLASSES[info.ne] || !info.pos;
  };
  for (let i = 1; i < toks.length; i++) {
    // The first word of a sentence (or after an opening quote) is capitalised anyway.
    if (!candidate(i) || /^["“'‘(:]$/.test(toks[i - 1]!.text)) continue;
    let last = i;
    while (last + 1 < toks.length && candidate(last + 1)) last++;
    const known = toks.slice(i, last + 1).map((t) => NAME_CLASSES[lex.words.get(t.text.toLowerCase())?.ne ?? '']);
    const type = (last === i ? known[0] : undefined) ?? (KIND_OF_LABEL[typeIfName[i]!] as EntityType);
    if (type && type !== 'other') out.push({ first: i, last, type, prio: 1 });
    i = last;
  }
  return out;
}
