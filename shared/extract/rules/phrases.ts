/*
 * ACE-style mention extents (the 'phrases' mention style of extractText): a mention is the whole noun
 * phrase that refers to the entity, not only its name. "the United Nations", "northern Iraq", "the
 * government of Iraq", "ISIL tactical units", "the Tigris river", "IS-controlled territory". The phrase's
 * head noun, when there is one, decides its type ("the people of Syria" is a group of people, which ACE
 * and re3d type as an organisation; "the city of Mosul" a place). Only the reported span and type change:
 * names, entities and aliases are the pass's own.
 */

type Kind = 'organization' | 'location' | 'person';

const HEADS: Record<string, Kind> = {};
const put = (kind: Kind, words: string) => words.split(/\s+/).filter(Boolean).forEach((w) => (HEADS[w] = kind));
put('organization', `forces force fighters terrorists militants troops soldiers officials unit units group groups
  coalition members residents tribe militia militias army officers personnel supporters leadership authorities
  employees aircrew government regime administration delegation citizens civilians people`);
put('location', `river mountains mountain province region district city town village mosque airport base area areas
  border camp dam lake suburbs governorate valley depression building buildings territory facility compound`);
put('person', 'spokesman spokesperson spokeswoman director commander envoy leader');

/** Lower-case words that end a noun phrase rather than modify its head. */
const NOT_MODIFIER = new Set(`is are was were be been has have had will would can could may might must shall should
  and or but of in on at to for from by with as that which who said says and nor not also`.split(/\s+/));

const COMPASS = /(?:^|[^\p{L}])((?:north|south|east|west)(?:ern|east|west)?|central|eastern|northeastern|northwestern|southeastern|southwestern) $/u;
const ARTICLE = /(?:^|[^\p{L}])((?:[Tt]he|[Aa]n?|\d+|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)(?: senior)? )$/u;
const THE = /(?:^|[^\p{L}])([Tt]he )$/u;
const OF_PHRASE = /(?:^|[^\p{L}])((?:[Tt]he )?(?:(?!and |or |of |in |to |with |for )[a-z]+ )?(city|town|village|province|region|district|governorate|capital|government|people|residents|members|president) of (?:the )?)$/iu;

export type Phrase = { start: number; end: number; type: string };

/** The noun phrase around a mention [start, end) of the given type; `titled` when it starts with a title. */
export function phraseExtent(text: string, start: number, end: number, type: string, titled = false): Phrase {
  let s = start;
  let e = end;
  let t = type;
  const person = type === 'person';
  // Name + (modifier) + head noun: "ISIL tactical units", "the Tigris river", "ISIL-held buildings".
  const right = /^((?:[-‐](?:held|controlled|led|backed|based))?) ([a-z]+)(?: ([a-z]+))?(?![\p{L}-])/u.exec(text.slice(e, e + 40));
  let described = false;
  if (!person && right) {
    const [, compound, w1, w2] = right;
    // The head right after the name ("the Tigris river"), or after one modifier ("ISIL tactical units").
    const words = HEADS[w1!] ? [w1!] : w2 && HEADS[w2] && !NOT_MODIFIER.has(w1!) ? [w1!, w2] : null;
    if (words) {
      e += compound!.length + words.reduce((n, w) => n + w.length + 1, 0);
      t = HEADS[words.at(-1)!]!;
      described = true;
    }
  }
  const before = (n: number) => text.slice(Math.max(0, s - n), s);
  if (!person && (type === 'location' || type === 'country')) {
    const compass = COMPASS.exec(before(20));
    if (compass) s -= compass[1]!.length + 1;
  }
  const of = !person && !described ? OF_PHRASE.exec(before(40)) : null;
  if (of) {
    s -= of[1]!.length;
    t = HEADS[of[2]!.toLowerCase()] ?? (of[2]!.toLowerCase() === 'president' ? 'person' : t);
  } else if (!person || titled) {
    // "the Asad regime", "an ISIL tactical unit", "The Foreign Secretary Philip Hammond".
    const article = (described ? ARTICLE : THE).exec(before(16));
    if (article) s -= article[1]!.length;
  }
  return { start: s, end: e, type: t };
}
