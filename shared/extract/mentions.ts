import { isHeadline } from './ner/features';
import { shippedTagger } from './ner/shipped';
import { spansOf } from './ner/tagger';
import { acronymDefinitions } from './rules/acronyms';
import { findDates } from './rules/dates';
import { dateline, sourceLine, wireDateline } from './rules/dateline';
import { orgByHead } from './rules/orgHeads';
import { extents } from './rules/extent';
import { commonWord, isFirstName, isPlaceName, plainWord, ruleSpans } from './rules/gazetteers';
import { unknownCapitalised } from './rules/unknownCaps';
import { extendArticle, extendEvent, extendGovernance, extendPersonLeft, extendPersonRight, extendSuffix, isNeverName, refine, spanText, type TokSpan } from './rules/refine';
import { isTitle } from './rules/tokens';
import { type KnownIndex, matchKnown } from './known';
import { type Sentence } from './text/sentences';
import { type Token, tokenize } from './text/tokenize';
import type { Candidate, EntityType } from './types';

/** A sentence with its tokens and the spans chosen in it. */
export type SentenceSpans = { sentence: Sentence; toks: Token[]; spans: TokSpan[] };

const overlaps = (a: TokSpan, b: TokSpan) => a.first <= b.last && b.first <= a.last;

/** Keeps the strongest spans, then the longest, without overlap. */
export function choose(spans: TokSpan[]): TokSpan[] {
  const sorted = [...spans].sort((a, b) => b.prio - a.prio || b.last - b.first - (a.last - a.first) || a.first - b.first);
  const kept: TokSpan[] = [];
  for (const s of sorted) if (!kept.some((k) => overlaps(k, s))) kept.push(s);
  return kept.sort((a, b) => a.first - b.first);
}

function sentenceSpans(text: string, sentence: Sentence, known: KnownIndex | undefined): SentenceSpans {
  const toks = tokenize(text, sentence.start, sentence.end);
  const tagged: TokSpan[] = [];
  const { labels, typeIfName } = shippedTagger().tagWithTypes(toks);
  for (const s of spansOf(labels))
    for (const r of refine(text, toks, { first: s.first, last: s.last, type: s.kind, prio: 2 })) {
      const x = extendArticle(toks, extendPersonRight(toks, extendPersonLeft(toks, extendSuffix(toks, extendEvent(toks, extendGovernance(toks, r))), commonWord), isFirstName));
      // Other names (works, awards, nationalities) stay out unless their words make them an event or body.
      if (x.type !== 'other') tagged.push(x);
    }
  const typeAt = (i: number) => tagged.find((s) => s.first <= i && i <= s.last)?.type;
  // In a headline every word is capitalised, so capitals say nothing about names there.
  const headline = isHeadline(toks);
  const spans = [...tagged, ...acronymDefinitions(text, toks, typeAt), ...ruleSpans(text, toks), ...(headline ? [] : orgByHead(toks)), ...dateline(text, toks), ...wireDateline(toks), ...sourceLine(text, toks, isPlaceName)];
  const covered = (i: number) => labels[i] !== 0 || spans.some((s) => s.first <= i && i <= s.last);
  if (!headline) spans.push(...unknownCapitalised(toks, covered, typeIfName));
  if (known) spans.push(...matchKnown(known, toks));
  // A lone common word is no name at a sentence start ("Federal") or before a title ("Defense Minister").
  const plainAt = (i: number) => plainWord(toks[i]!) && (i === 0 || isTitle(toks[i + 1]));
  // "Sen. Alan Cranston, D-Calif.": a party letter and the state a legislator represents, not a place mention.
  const party = (i: number) => i >= 0 && /^[DRI]$/.test(toks[i]!.text) && toks[i + 1]?.text === '-' && toks[i + 1]!.start === toks[i]!.end;
  const affiliation = (s: TokSpan) => s.type !== 'person' && (party(s.first) || party(s.first - 2));
  const named = spans.filter((s) => !affiliation(s) && (s.knownId || s.first !== s.last || !(isNeverName(toks[s.first]!) || plainAt(s.first))));
  return { sentence, toks, spans: choose(named) };
}

/** Finds mentions in a text: tagger + rules per sentence, then names repeated elsewhere in the text. */
export function findCandidates(text: string, sentences: Sentence[], known?: KnownIndex): Candidate[] {
  const per = sentences.map((s) => sentenceSpans(text, s, known));
  propagate(text, per);
  const out: Candidate[] = [];
  per.forEach(({ toks, spans }, sentence) => {
    const wide = extents(toks, spans);
    spans.forEach((s, i) => {
      const c: Candidate = { start: toks[s.first]!.start, end: toks[s.last]!.end, type: s.type, sentence };
      if (s.knownId) c.knownId = s.knownId;
      if (s.expands !== undefined) c.expands = s.expands;
      const x = wide[i]!;
      let end = toks[x.last]!.end;
      // A sentence-final abbreviation's period is also the full stop ("born in Sharon, Vt.").
      // A dateline ("LANCASTER, Ky.") has no full stop, so its period stays.
      if (x.last === toks.length - 1 && toks.length > 4 && /^\p{Lu}\p{Ll}+\.$/u.test(toks[x.last]!.text)) end--;
      if (x.first !== s.first || end !== c.end || x.phraseFirst !== x.first) c.extent = { start: toks[x.first]!.start, end };
      if (x.phraseFirst !== x.first) c.extent!.phraseStart = toks[x.phraseFirst]!.start;
      out.push(c);
    });
  });
  const taken = (d: { start: number; end: number }) => out.some((c) => c.start < d.end && d.start < c.end);
  for (const d of findDates(text)) {
    const sentence = sentences.findIndex((s) => s.start <= d.start && d.end <= s.end);
    if (sentence >= 0 && !taken(d)) out.push({ start: d.start, end: d.end, type: 'date', sentence });
  }
  return out.sort((a, b) => a.start - b.start);
}

/*
 * A name found once is a name everywhere in the same text: its other occurrences, and the surname of a
 * person named in full ("Tarar" after "Attaullah Tarar"), are added where nothing else was found.
 */
function propagate(text: string, per: SentenceSpans[]) {
  // Forms by their first word, so each token is compared with a handful of forms, not all of them.
  const forms = new Map<string, { words: string[]; type: EntityType }[]>();
  const add = (words: string[], type: EntityType) => {
    const list = forms.get(words[0]!) ?? [];
    if (!list.some((f) => f.words.join(' ') === words.join(' '))) list.push({ words, type });
    forms.set(words[0]!, list);
  };
  for (const { toks, spans } of per)
    for (const s of spans) {
      if (s.type === 'date' || s.knownId) continue;
      const words = toks.slice(s.first, s.last + 1).map((t) => t.text);
      if (words.length > 1 || words[0]!.length > 2) add(words, s.type);
      const surname = words[words.length - 1]!;
      if (s.type === 'person' && words.length > 1 && surname.length > 2 && !forms.has(surname)) add([surname], 'person');
    }
  for (const item of per) {
    const extra: TokSpan[] = [];
    item.toks.forEach((t, i) => {
      for (const f of forms.get(t.text) ?? []) {
        if (!f.words.every((w, j) => item.toks[i + j]?.text === w)) continue;
        const span = { first: i, last: i + f.words.length - 1, type: f.type, prio: 0.5 };
        // A fuller form of a name found here wins over the shorter piece ("South Dakota" over "South").
        if (item.spans.some((s) => s.first >= span.first && s.last <= span.last && s.last - s.first < span.last - span.first)) span.prio = 2.1;
        extra.push(span);
      }
    });
    if (extra.length) item.spans = choose([...item.spans, ...extra]);
  }
}

export type { EntityType };
