import { splitSentences } from '../extract/text/sentences';
import { type Candidate, candidatesIn } from './candidates';
import { isQuestion } from './content';
import { SpeakerContext } from './context';
import { definiteRole } from './roles';
import { findQuotes, indexMentions, type MentionAt, mentionsWithin, type Quote, wordCount } from './text';
import type { ClaimDraft, EntityRef, Span } from './types';

type Who = { entity?: EntityRef; label?: string };

function resolve(ctx: SpeakerContext, c: Candidate, sentence: number): Who | undefined {
  const sp = c.speaker;
  if (sp.kind === 'entity') return { entity: sp.entity };
  if (sp.kind === 'pronoun') return ctx.pronoun(sp.word, sp.span.start, sentence);
  const head = definiteRole(sp.label);
  const named = head ? ctx.definite(head, sp.span.start, sentence) : undefined;
  return named ? { entity: named } : { label: sp.label };
}

const keyOf = (w: Who) => w.entity?.id ?? `label:${w.label?.toLowerCase()}`;

/** The sentences from the one holding `pos` to `last` (a quotation may open a sentence or two earlier). */
function evidenceFor(sentences: Span[], i: number, pos: number): Span {
  let first = i;
  while (first > 0 && sentences[first]!.start > pos) first--;
  return { start: sentences[first]!.start, end: sentences[i]!.end };
}

function aboutOf(ms: MentionAt[], content: Span | undefined, speaker: Who): string[] {
  if (!content) return [];
  const ids = mentionsWithin(ms, content.start, content.end).map((m) => m.entity.id);
  return [...new Set(ids)].filter((id) => id !== speaker.entity?.id);
}

const sameSpeaker = (a: Candidate, b: Candidate) =>
  a.speaker.kind === 'entity' && b.speaker.kind === 'entity' ? a.speaker.entity.id === b.speaker.entity.id : a.speaker.kind === b.speaker.kind;

/** A reported clause ends where another speaker's clause begins: "X said A, while Y denied B". */
function cutAt(text: string, c: Candidate, next: Candidate | undefined): Candidate {
  if (!c.content || !next || c.quoted || next.participle || sameSpeaker(c, next)) return c;
  if (next.clause <= c.content.start || next.clause >= c.content.end) return c;
  const cut = /[\s,;]*(?:\b(?:and|but|while|whereas|although|though|because|yet)\s*)?$/.exec(text.slice(c.content.start, next.clause))!;
  return { ...c, content: { start: c.content.start, end: c.content.start + cut.index } };
}

function keep(text: string, c: Candidate, s: Span): boolean {
  if (!c.content || wordCount(text, c.content) < 2) return false;
  // Questions are asked, not claimed: "Did Tarar say ...?", "“Is this peace?” he said".
  return !isQuestion(text, c.content) && !(isQuestion(text, s) && !c.quoted);
}

/**
 * Reported speech in a text: direct quotes with their attribution, "X said (that) ...", "according to X,
 * ...", "X accused/warned/denied ...", "..., saying ...", "issued a warning". Speakers are entities (a
 * mention in subject position), pronouns resolved to the person the text was just talking about, or
 * descriptions kept as written ("a senior official"). At most one claim per speaker and sentence.
 */
export function findClaims(text: string, entities: EntityRef[], sentences?: Span[]): ClaimDraft[] {
  const sents = sentences ?? splitSentences(text);
  const quotes: Quote[] = findQuotes(text);
  const ms = indexMentions(entities);
  const ctx = new SpeakerContext(text, quotes);
  const out: ClaimDraft[] = [];
  let mi = 0;
  let qi = 0;
  sents.forEach((s, i) => {
    // Only this sentence's mentions and the quotations reaching into it: long texts stay linear.
    while (mi < ms.length && ms[mi]!.start < s.start) mi++;
    let mj = mi;
    while (mj < ms.length && ms[mj]!.start < s.end) mj++;
    while (qi < quotes.length && quotes[qi]!.close < s.start) qi++;
    let qj = qi;
    while (qj < quotes.length && quotes[qj]!.open < s.end) qj++;
    const local = ms.slice(mi, mj);
    ctx.noteSubjects(local, s, i);
    const cands = candidatesIn(text, local, quotes.slice(qi, qj), s);
    const seen = new Set<string>();
    cands.forEach((raw, k) => {
      const c = cutAt(text, raw, cands.slice(k + 1).find((x) => x.clause > raw.at));
      if (!keep(text, c, s)) return;
      const who = resolve(ctx, c, i);
      if (!who || seen.has(keyOf(who))) return;
      seen.add(keyOf(who));
      ctx.noteSpeaker(c.speaker.span.start, i, who);
      out.push({
        ...(who.entity ? { speakerEntityId: who.entity.id } : { speakerLabel: who.label }),
        speakerSpan: c.speaker.span,
        verb: c.verb.toLowerCase(),
        evidence: evidenceFor(sents, i, c.content!.start),
        content: c.content,
        about: aboutOf(c.content && c.content.start < s.start ? ms : local, c.content, who),
      });
    });
  });
  return out;
}
