import { type KnownIndex } from './known';
import { findCandidates } from './mentions';
import { phraseExtent } from './rules/phrases';
import { sentencePairs, type PairHit } from './relations';
import { type Group, resolve } from './resolve';
import { type Sentence, splitSentences } from './text/sentences';
import type { Candidate } from './types';

/** Everything the pass finds in one text: sentences, mentions, the entities they form, and pair hits. */
export type TextAnalysis = { sentences: Sentence[]; candidates: Candidate[]; groups: Group[]; pairs: PairHit[] };

export function analyseText(text: string, known?: KnownIndex): TextAnalysis {
  const sentences = splitSentences(text);
  const candidates = findCandidates(text, sentences, known);
  const groups = resolve(text, candidates);
  const groupOf = new Map<Candidate, number>();
  groups.forEach((g, gi) => g.members.forEach((i) => groupOf.set(candidates[i]!, gi)));
  const bySentence = new Map<number, Candidate[]>();
  for (const c of candidates) {
    if (!bySentence.has(c.sentence)) bySentence.set(c.sentence, []);
    bySentence.get(c.sentence)!.push(c);
  }
  const pairs: PairHit[] = [];
  for (const [si, cs] of bySentence) {
    const ms = cs.map((c) => ({ c, g: groupOf.get(c)!, type: groups[groupOf.get(c)!]!.type }));
    pairs.push(...sentencePairs(text, sentences[si]!, si, ms));
  }
  return { sentences, candidates, groups, pairs };
}

export type ExtractedEntity = { start: number; end: number; type: string; name: string };
export type ExtractedRelation = { head: [number, number]; tail: [number, number]; type: string };

/*
 * How mentions are marked, which annotation schemes disagree on (the entities found are the same):
 * - 'names' (default; CoNLL, MUC): the name with its title or qualifying state, no article, and a country
 *   is a location whatever it does.
 * - 'phrases' (ACE-style mention extents, as re3d annotates): the noun phrase is the mention, article,
 *   compass word and head noun included ("the United Nations", "northern Iraq", "ISIL tactical units",
 *   "the government of Iraq"; rules/phrases.ts), and a country that acts rather than being a place ("the
 *   UK is committed", "Russia's backing") is an organisation, ACE's GPE in its organisation role.
 */
export type MentionStyle = 'names' | 'phrases';

/** Words after which a country is a place, not an actor ("in Syria", "across Iraq"). */
const PLACE_PREPOSITIONS = new Set(['in', 'into', 'inside', 'across', 'throughout', 'within', 'near', 'from', 'to', 'at', 'around', 'toward', 'towards', 'through', 'outside', 'over', 'between', 'and', 'of', 'on', 'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west']);

function precedingWord(text: string, start: number): string {
  const m = /(\p{L}+)[\s,]*(?:[Tt]he\s+)?$/u.exec(text.slice(Math.max(0, start - 40), start));
  return m ? m[1]!.toLowerCase() : '';
}

/**
 * One candidate's mention in a style: its span and type, the entity name it is reported under, and
 * `within`, the index of the candidate whose (wider) mention it is part of (its own index when it stands
 * alone). `other` marks a phrase whose head noun names something other than the name's entity, typed
 * by that noun: "the government of Iraq" (an organisation, not the country), "the people of Syria",
 * "ISIL-held territory"; `name` is then the phrase's own name ("Government of Iraq", see phraseName).
 */
export type StyledMention = { start: number; end: number; type: string; name: string; within: number; other: boolean };

/** Determiners and counts that open a noun phrase but are no part of what it names. */
const LEADING_DETERMINER = /^(?:(?:the|an?|this|that|these|those|some|several|many|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)+(?:senior\s+)?/iu;

/**
 * The name of the entity a noun phrase names when it is not the name inside it: the phrase without its
 * determiner, first letter capitalised as a title ("the government of Iraq" → "Government of Iraq", the
 * body's usual style; "two ISIL fighters" → "ISIL fighters").
 */
export function phraseName(phrase: string): string {
  const core = phrase.replace(LEADING_DETERMINER, '').replace(/\s+/gu, ' ').trim() || phrase.trim();
  return core.charAt(0).toLocaleUpperCase() + core.slice(1);
}

/**
 * The mentions of an analysed text in a style, one per candidate (the logic behind extractText, shared
 * with runPass so that the spans an analyst gets from the pass are the ones the evaluation scores).
 */
export function styledMentions(text: string, a: TextAnalysis, style: MentionStyle): StyledMention[] {
  const groupOf = new Map<number, Group>();
  for (const g of a.groups) for (const i of g.members) groupOf.set(i, g);
  // Mentions are reported with their extents (title, qualifying state); a name inside another mention's
  // extent ("Illinois" in "Illinois Sen. Paul Simon", "Va." in "Bowling Green, Va.") is part of that mention.
  const out: StyledMention[] = a.candidates.map((c, i) => {
    const g = groupOf.get(i)!;
    return { ...(c.extent ?? { start: c.start, end: c.end }), type: g.type as string, name: g.name, within: i, other: false };
  });
  if (style === 'phrases')
    a.candidates.forEach((c, i) => {
      const s = out[i]!;
      if (c.type === 'date') return;
      if (s.type === 'country' && !PLACE_PREPOSITIONS.has(precedingWord(text, s.start))) s.type = 'organization';
      if (c.extent?.phraseStart !== undefined) s.start = c.extent.phraseStart;
      const p = phraseExtent(text, s.start, s.end, s.type, s.start < c.start);
      if (p.type !== s.type) Object.assign(s, { other: true, name: phraseName(text.slice(p.start, p.end)) });
      Object.assign(s, { start: p.start, end: p.end, type: p.type });
    });
  out.forEach((s, i) => {
    const j = out.findIndex((w, k) => k !== i && w.start <= s.start && s.end <= w.end && w.end - w.start > s.end - s.start);
    if (j >= 0) s.within = j;
  });
  return out;
}

/** The pass over a single text, as flat mentions and mention-level relations (what the evaluation reads). */
export function extractText(text: string, style: MentionStyle = 'names'): { entities: ExtractedEntity[]; relations: ExtractedRelation[] } {
  const a = analyseText(text);
  const ms = styledMentions(text, a, style);
  const index = new Map(a.candidates.map((c, i) => [c, i]));
  const entities = ms.flatMap((m, i) => (m.within !== i ? [] : [{ start: m.start, end: m.end, type: m.type, name: m.name }]));
  const at = (c: Candidate): [number, number] => {
    const w = ms[ms[index.get(c)!]!.within]!;
    return [w.start, w.end];
  };
  const relations = a.pairs.map((p) => ({ head: at(p.ma), tail: at(p.mb), type: p.type })).filter((r) => r.head[0] !== r.tail[0] || r.head[1] !== r.tail[1]);
  return { entities, relations };
}
