import { contentAfter, quoteAfter, quoteBefore, quotedContent } from './content';
import { ISSUING, NOT_ACTIVE, PARTICIPLES, REPORTING_VERBS, SPEECH_NOUNS, TITLE_WORDS } from './lexicon';
import { clauseStart, type Speaker, speakerAfter, speakerIn, subjectBefore } from './speaker';
import { type MentionAt, type Quote, quoteAt, skipSpace, trimSpan } from './text';
import type { Span } from './types';

/** One attribution found in a sentence, before pronouns are resolved. */
export type Candidate = { at: number; verb: string; speaker: Speaker; content?: Span; clause: number; quoted: boolean; participle?: boolean };
type Ctx = { text: string; ms: MentionAt[]; quotes: Quote[]; s: Span };

const WORD = /(?<![-\p{L}])\p{Ll}+(?![-\p{L}])/gu;
const NOMINAL = new RegExp(`\\b(?:${ISSUING})\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?(${SPEECH_NOUNS})s?\\b`, 'gu');

/** The noun phrase a sentence opens with ("Defense Minister Khawaja Asif", "He", "The minister"). */
function sentenceSubject({ text, ms, s }: Ctx): Speaker | undefined {
  let end = s.start;
  for (const m of text.slice(s.start, s.end).matchAll(/[\p{L}.'’-]+/gu)) {
    if (!/^\p{Lu}/u.test(m[0]) && !TITLE_WORDS.has(m[0].toLowerCase())) break;
    end = s.start + m.index + m[0].length;
  }
  return end > s.start ? speakerIn(text, ms, { start: s.start, end }) : undefined;
}

function verbCandidate(c: Ctx, verb: string, at: number): Candidate | undefined {
  const { text, ms, quotes, s } = c;
  const prev = /([\p{L}'’]+)[^\p{L}]*$/u.exec(text.slice(Math.max(s.start, at - 15), at))?.[1]?.toLowerCase();
  if (prev && (NOT_ACTIVE.has(prev) || /n['’]t$/.test(prev))) return undefined;
  const end = at + verb.length;
  const clause = clauseStart(text, s.start, at);
  const before = quoteBefore(text, quotes, s.start, at);
  let speaker = subjectBefore(text, ms, s.start, at);
  let after = end;
  // “...,” said Tarar: the speaker follows the verb.
  if (!speaker && before && !text.slice(clause, at).trim()) {
    speaker = speakerAfter(text, ms, end, s.end);
    if (speaker) after = speaker.span.end;
  }
  // "The talks failed, said Tarar." The same, without quotation marks.
  if (!speaker && !before && !text.slice(clause, at).trim() && text[clause - 1] === ',') {
    speaker = speakerAfter(text, ms, end, s.end);
    const stop = speaker && text[skipSpace(text, speaker.span.end, 1)];
    if (speaker && (stop === '.' || stop === undefined || speaker.span.end >= s.end)) return { at, verb, speaker, content: trimSpan(text, { start: s.start, end: clause - 1 }), clause, quoted: false };
    return undefined;
  }
  if (!speaker) return undefined;
  if (before) return { at, verb, speaker, content: quotedContent(text, before, quoteAfter(text, quotes, after)), clause, quoted: true };
  const content = contentAfter(text, quotes, ms, verb, after, s.end);
  return { at, verb, speaker, content, clause, quoted: !!content && text[content.start - 1] === '“' };
}

function accordingTo(c: Ctx, at: number, end: number): Candidate | undefined {
  const { text, ms, s } = c;
  const speaker = speakerAfter(text, ms, end, s.end);
  if (!speaker) return undefined;
  const clause = clauseStart(text, s.start, at);
  // "According to X, A." / "A, according to X." / "A, according to X, B.": what X is cited for.
  const before = trimSpan(text, { start: s.start, end: at });
  const after = text[skipSpace(text, speaker.span.end, 1)] === ',' ? trimSpan(text, { start: skipSpace(text, speaker.span.end, 1) + 1, end: s.end }) : undefined;
  const content = before && after ? trimSpan(text, s) : (after ?? before);
  return { at, verb: 'according to', speaker, content, clause, quoted: false };
}

/** "..., saying ..." or "..., issuing a warning to ...": speech by the subject the sentence opened with. */
function byOpeningSubject(c: Ctx, at: number, verb: string, contentStart: number): Candidate | undefined {
  const speaker = sentenceSubject(c);
  if (!speaker) return undefined;
  const content = trimSpan(c.text, { start: contentStart, end: c.s.end });
  return { at, verb, speaker, content, clause: at, quoted: false, participle: true };
}

/** Every attribution in one sentence, in text order; several may name the same speaker. */
export function candidatesIn(text: string, ms: MentionAt[], quotes: Quote[], s: Span): Candidate[] {
  const c: Ctx = { text, ms, quotes, s };
  const part = text.slice(s.start, s.end);
  const out: (Candidate | undefined)[] = [];
  for (const m of part.matchAll(WORD)) {
    const at = s.start + m.index;
    if (quoteAt(quotes, at)) continue;
    if (REPORTING_VERBS.has(m[0])) out.push(verbCandidate(c, m[0], at));
    else if (PARTICIPLES.has(m[0]) && /,\s*$/.test(text.slice(s.start, at))) out.push(byOpeningSubject(c, at, m[0], skipSpace(text, at + m[0].length, 1)));
  }
  for (const m of part.matchAll(/\b[Aa]ccording to\b/g)) if (!quoteAt(quotes, s.start + m.index)) out.push(accordingTo(c, s.start + m.index, s.start + m.index + m[0].length));
  for (const m of part.matchAll(NOMINAL)) {
    const at = s.start + m.index;
    if (quoteAt(quotes, at)) continue;
    const noun = m[1]!;
    const phrase = at + m[0].indexOf(' ') + 1;
    const participle = /,\s*$/.test(text.slice(s.start, at));
    const cand = participle ? byOpeningSubject(c, at, noun, phrase) : verbCandidate(c, noun, at);
    out.push(cand && { ...cand, verb: noun, content: trimSpan(text, { start: phrase, end: s.end }) });
  }
  return out.filter((x): x is Candidate => !!x).sort((a, b) => a.at - b.at);
}
