import { COUNTRY_BY_NAME } from '../lexicon/countries';
import { lexicon } from '../lexicon/lexicon';
import { EVENT_HEADS, GOVERNANCE_HEADS, MONTHS, NAME_SUFFIXES, NOT_NAME_ABBREVIATIONS, ORG_HEADS, WEEKDAYS } from '../lexicon/words';
import type { Token } from '../text/tokenize';
import type { EntityType } from '../types';
import { isCap, isDemonym, isInner, isNotName, isTitle, low } from './tokens';

/** A span over the tokens of one sentence (inclusive token indices). */
export type TokSpan = { first: number; last: number; type: EntityType; prio: number; knownId?: string; expands?: number };

export function spanText(text: string, toks: Token[], s: { first: number; last: number }): string {
  return text.slice(toks[s.first]!.start, toks[s.last]!.end);
}

/** The type a name's own words imply, over what the tagger guessed. */
export function typeByForm(name: string, tagged: EntityType, lastWord: string): EntityType {
  if (COUNTRY_BY_NAME.has(name.toLowerCase())) return 'country';
  const head = lastWord.toLowerCase();
  if (GOVERNANCE_HEADS.has(head)) return 'organization';
  // Holidays: "Thanksgiving Day", "Independence Day", "Christmas Eve".
  if ((head === 'day' || head === 'eve') && /^\p{Lu}/u.test(lastWord) && /\s/u.test(name)) return 'date';
  if (/^\p{Lu}/u.test(lastWord) && EVENT_HEADS.has(head)) return 'event';
  if (/^\p{Lu}/u.test(lastWord) && ORG_HEADS.has(head) && tagged !== 'person') return 'organization';
  return tagged;
}

/*
 * The tagger's spans, cleaned: a name does not start or end with a function word or title, and a
 * lower-case word that is not a connector ends it ("... Administration spokesman John Leyden" is an
 * organisation and a person). A title in front makes the rest a person ("Sen. Strom Thurmond").
 */
export function refine(text: string, toks: Token[], span: TokSpan): TokSpan[] {
  const out: TokSpan[] = [];
  let start = span.first;
  let titled = false;
  const close = (end: number, beforeTitle = false) => {
    let first = start;
    while (first <= end && (isNotName(toks[first]) || isTitle(toks[first]) || !isCap(toks[first])) && !isArticlePrefix(toks, first)) {
      if (isTitle(toks[first])) titled = true;
      first++;
    }
    let last = end;
    while (last >= first && (!isCap(toks[last]) || isNotName(toks[last]))) last--;
    if (last < first) return;
    const words = toks.slice(first, last + 1);
    // Demonyms and group words ("Afghan", "Christian Arab"), "No." or "B.C.", and codes like "0051B" are not names.
    if (words.every((t) => isDemonym(t.text) || !/\p{L}{2}/u.test(t.text))) return;
    if (first === last && isNeverName(words[0]!)) return;
    if (isDemonym(spanText(text, toks, { first, last }))) return;
    const name = spanText(text, toks, { first, last });
    const type = typeByForm(name, titled ? 'person' : span.type, toks[last]!.text);
    // Words before a title mostly qualify it ("Federal Information Minister"), unless they name a body.
    if (beforeTitle && type !== 'country' && !ORG_HEADS.has(low(toks[last]))) return;
    out.push({ ...span, first, last, type });
  };
  for (let i = span.first; i <= span.last; i++) {
    const t = toks[i]!;
    if (!isCap(t) && !isInner(t) && !isTitle(t)) {
      close(i - 1);
      start = i + 1;
      titled = false;
    } else if (isTitle(t) && i > start && !isTitle(toks[i - 1]) && !surnameTitle(toks, i, span.last)) {
      close(i - 1, true);
      start = i;
      titled = false;
    }
  }
  close(span.last);
  return out;
}

/**
 * A title word that ends a person's name after a first name, or comes before "Jr.", is a surname
 * ("Martin Luther King Jr.", "Carole King"), not the title of a following name.
 */
function surnameTitle(toks: Token[], i: number, last: number): boolean {
  if (NAME_SUFFIXES.has(low(toks[i + 1]))) return true;
  return i === last && lexicon().words.get(low(toks[i - 1]))?.ne === 'FirstName';
}

/*
 * "Taliban" + "government" → the governing body, with a leading demonym kept in the form ("Afghan
 * Taliban regime"), so that all such variants are mentions of one organisation.
 */
export function extendGovernance(toks: Token[], s: TokSpan): TokSpan {
  const next = toks[s.last + 1];
  if (!next || !GOVERNANCE_HEADS.has(low(next)) || s.type === 'person') return s;
  let first = s.first;
  if (first > 0 && isDemonym(toks[first - 1]!.text) && isCap(toks[first - 1])) first--;
  return { ...s, first, last: s.last + 1, type: 'organization' };
}

/** A name followed by a capitalised event word is the event ("Doha" + "Agreement"). */
export function extendEvent(toks: Token[], s: TokSpan): TokSpan {
  const next = toks[s.last + 1];
  if (!next || !isCap(next) || !EVENT_HEADS.has(low(next))) return s;
  return { ...s, last: s.last + 1, type: 'event' };
}

/** "Jr.", "Sr.", "III" after a person's name belong to it. */
export function extendSuffix(toks: Token[], s: TokSpan): TokSpan {
  let last = s.last;
  if (toks[last + 1]?.text === ',' && NAME_SUFFIXES.has(low(toks[last + 2]))) last++;
  if (s.type === 'person' && NAME_SUFFIXES.has(low(toks[last + 1]))) return { ...s, last: last + 1 };
  return s;
}

const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower']);
const DAYS = new Set(['today', 'yesterday', 'tomorrow', 'tonight']);

/** Single words that are never a name on their own: months, weekdays, "today", compass words, codes, "No.". */
export function isNeverName(t: Token): boolean {
  const w = low(t);
  const bare = w.replace(/\.$/, '');
  return NOT_NAME_ABBREVIATIONS.has(w) || MONTHS.has(bare) || WEEKDAYS.has(bare) || COMPASS.has(bare) || DAYS.has(bare) || /^\p{N}/u.test(t.text) || /\p{N}{4}/u.test(t.text);
}

/*
 * A capitalised word the lexicon does not know, right before a person's name, is part of it: the tagger
 * often misses an unfamiliar first name at the start of a sentence ("Attaullah Tarar said").
 */
export function extendPersonLeft(toks: Token[], s: TokSpan, known: (w: string) => boolean): TokSpan {
  if (s.type !== 'person') return s;
  let first = s.first;
  while (first > 0 && /^\p{Lu}\p{Ll}+$/u.test(toks[first - 1]!.text) && !known(toks[first - 1]!.text.toLowerCase()) && !isTitle(toks[first - 1]) && !isNotName(toks[first - 1]) && !isDemonym(toks[first - 1]!.text))
    first--;
  return first === s.first ? s : { ...s, first };
}

/*
 * A person's name that stops at a first name or an initial goes on with the capitalised word after it:
 * the tagger stops at surnames that are also common words ("James Earl Ray", "Brigham Young").
 */
export function extendPersonRight(toks: Token[], s: TokSpan, isFirstName: (w: string) => boolean): TokSpan {
  if (s.type !== 'person') return s;
  let last = s.last;
  for (let n = 0; n < 2; n++) {
    const end = toks[last]!.text;
    const next = toks[last + 1];
    if (!(isFirstName(end.toLowerCase()) || /^\p{Lu}\.$/u.test(end)) || !next || !/^\p{Lu}\p{Ll}+$/u.test(next.text)) break;
    if (isTitle(next) || isNotName(next) || isDemonym(next.text) || next.start !== toks[last]!.end + 1) break;
    last++;
  }
  return last === s.last ? s : { ...s, last };
}

const ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'at', 'az', 'an', 'ash', 'ud', 'ul', 'ibn', 'bin', 'abu']);

/** "al-Hilla", "al-Khani": an Arabic article joined by a hyphen is part of the name. */
function isArticlePrefix(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  const dash = toks[i + 1];
  return ARTICLES.has(t.text.toLowerCase()) && dash?.text === '-' && dash.start === t.end && isCap(toks[i + 2]) && toks[i + 2]!.start === dash.end;
}

/** Takes in an Arabic article the tagger left out of a name ("al-" + "Hilla"). */
export function extendArticle(toks: Token[], s: TokSpan): TokSpan {
  return s.first >= 2 && isArticlePrefix(toks, s.first - 2) ? { ...s, first: s.first - 2 } : s;
}
