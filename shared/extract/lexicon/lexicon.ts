import nlp from 'compromise';
import { USUALLY_LOWER } from './casing.gen';
import { CITY_NAMES } from './cities.gen';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from './countries';
import { MONTHS, ORG_NAMES, REGION_NAMES, TITLES, WEEKDAYS } from './words';

/*
 * compromise's lexicon (pinned 14.17.0) is a well-kept gazetteer of first and last names, cities, regions,
 * countries, organisations and demonyms, and it knows the part of speech of common words. We read it once
 * rather than running compromise's tagger, which would cost more than our whole pass.
 */
type CompromiseModel = {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown> };
};

/** Named-entity classes in priority order: a word gets the first that applies. */
const NE_CLASSES = ['Country', 'City', 'Region', 'Demonym', 'Organization', 'Honorific', 'FirstName', 'LastName', 'Place'];
const FIRST = ['FirstName', 'MaleName', 'FemaleName'];
const POS_CLASSES = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Modal', 'Copula', 'Adverb', 'Adjective', 'Verb', 'Noun'];
const VERBISH = ['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'Auxiliary', 'PhrasalVerb'];

export type WordInfo = { ne: string; pos: string };
/** How a word is usually written mid-sentence: 'l' lower case, 'c' capitalised, '' unknown or mixed. */
export type Casing = 'l' | 'c' | '';
export type Lexicon = { words: Map<string, WordInfo>; phrases: Map<string, string>; longest: number; casing: Map<string, Casing> };

let built: Lexicon | undefined;

function classify(tags: string[]): WordInfo {
  const has = (t: string) => tags.includes(t);
  let ne = NE_CLASSES.find((c) => has(c)) ?? '';
  if (!ne && FIRST.some(has)) ne = 'FirstName';
  let pos = POS_CLASSES.find((c) => has(c)) ?? '';
  if (!pos && VERBISH.some(has)) pos = 'Verb';
  if (!pos && (has('Singular') || has('Plural') || has('Actor') || has('Uncountable'))) pos = 'Noun';
  return { ne, pos };
}

export function lexicon(): Lexicon {
  if (built) return built;
  const model = nlp.model() as unknown as CompromiseModel;
  const words = new Map<string, WordInfo>();
  const phrases = new Map<string, string>();
  let longest = 1;
  for (const [key, value] of Object.entries(model.one.lexicon)) {
    const info = classify(Array.isArray(value) ? value : [value]);
    if (!info.ne && !info.pos) continue;
    if (key.includes(' ')) {
      if (info.ne) phrases.set(key, info.ne);
      longest = Math.max(longest, key.split(' ').length);
    } else words.set(key, info);
  }
  const put = (w: string, ne: string) => {
    const low = w.toLowerCase();
    if (low.includes(' ')) {
      phrases.set(low, ne);
      longest = Math.max(longest, low.split(' ').length);
    } else words.set(low, { ne, pos: words.get(low)?.pos ?? 'Noun' });
  };
  for (const w of Object.keys(model.two.orgWords)) if (!words.get(w)?.ne) put(w, 'OrgWord');
  for (const w of Object.keys(model.two.placeWords)) if (!words.get(w)?.ne) put(w, 'PlaceWord');
  const casing = new Map<string, Casing>();
  for (const w of USUALLY_LOWER.split('|')) casing.set(w, 'l');
  // Only the lower-case list: names seen capitalised in the training texts would teach the tagger to trust
  // a list that new names are never on.

  // GeoNames places fill in what compromise's 481 cities miss, without overriding a word it knows or
  // taking a common word ("Federal", a town in Argentina) for a place.
  for (const city of CITY_NAMES.split('|')) {
    const low = city.toLowerCase().replace(/-/g, ' - ');
    if (casing.get(low) === 'l') continue;
    if (low.includes(' ') ? !phrases.has(low) : !words.get(low)?.ne) put(city.replace(/-/g, ' - '), 'City');
  }
  for (const w of ORG_NAMES) put(w.replace(/-/g, ' - '), 'Organization');
  for (const w of REGION_NAMES) put(w.replace(/-/g, ' - '), 'Region');
  for (const w of TITLES) put(w, 'Title');
  for (const w of MONTHS) if (w.length > 3 || w === 'may') put(w, 'Month');
  for (const w of WEEKDAYS) put(w, 'Weekday');
  for (const d of COUNTRY_BY_DEMONYM.keys()) put(d, 'Demonym');
  for (const n of COUNTRY_BY_NAME.keys()) if (!/^[a-z.]{1,4}$/.test(n)) put(n.replace(/-/g, ' - '), 'Country');
  built = { words, phrases, longest, casing };
  return built;
}

export function wordInfo(lower: string): WordInfo | undefined {
  return lexicon().words.get(lower);
}
