import { NOT_A_REPORT } from './lexicon';
import { clauseStart, titleOnly } from './speaker';
import { type MentionAt, type Quote, quoteAt } from './text';
import type { EntityRef, Span } from './types';

type Seen = { pos: number; sentence: number; entity?: EntityRef; label?: string; speaker: boolean };

const isPerson = (s: Seen) => s.entity?.type === 'person';
const POSSESSIVE = /^['’]s?\b/;

/**
 * Who the text has been talking about, for pronouns and definite roles: speakers of earlier claims and
 * people named as the subject of a clause ("Defense Minister Khawaja Asif echoed ..."). Possessives
 * ("Tarar’s frustration") and names inside quotes are not antecedents.
 */
export class SpeakerContext {
  private seen: Seen[] = [];

  constructor(private readonly text: string, private readonly quotes: Quote[]) {}

  noteSubjects(ms: MentionAt[], s: Span, sentence: number): void {
    for (const m of ms) {
      if (m.entity.type !== 'person' || m.start < s.start || m.end > s.end || quoteAt(this.quotes, m.start)) continue;
      if (POSSESSIVE.test(this.text.slice(m.end, m.end + 3))) continue;
      const cs = clauseStart(this.text, s.start, m.start);
      const before = /(\p{L}+)\s*$/u.exec(this.text.slice(Math.max(s.start, cs - 12), cs))?.[1]?.toLowerCase();
      if (titleOnly(this.text, cs, m.start) && !(before && NOT_A_REPORT.has(before))) this.seen.push({ pos: m.start, sentence, entity: m.entity, speaker: false });
    }
  }

  noteSpeaker(pos: number, sentence: number, who: { entity?: EntityRef; label?: string }): void {
    this.seen.push({ pos, sentence, ...who, speaker: true });
  }

  private latest(pos: number, sentence: number, back: number, ok: (s: Seen) => boolean): Seen | undefined {
    let best: Seen | undefined;
    // Noted in sentence order, so the walk back stops at the first sentence out of reach.
    for (let k = this.seen.length - 1; k >= 0; k--) {
      const s = this.seen[k]!;
      if (s.sentence < sentence - back) break;
      if (s.pos < pos && ok(s) && (!best || s.pos > best.pos)) best = s;
    }
    return best;
  }

  /** "he"/"she": the latest person within three sentences, else the latest person who spoke at all. */
  pronoun(word: string, pos: number, sentence: number): { entity?: EntityRef; label?: string } | undefined {
    if (word === 'he' || word === 'she') {
      const s = this.latest(pos, sentence, 3, isPerson) ?? this.latest(pos, sentence, Infinity, (x) => isPerson(x) && x.speaker);
      return s && { entity: s.entity };
    }
    // "they"/"it": an organisation, country or unnamed group that spoke just before.
    const s = this.latest(pos, sentence, 2, (x) => x.speaker && !isPerson(x));
    return s && (s.entity ? { entity: s.entity } : { label: s.label });
  }

  /** "the minister": the latest person whose name the text has preceded with that title. */
  definite(head: string, pos: number, sentence: number): EntityRef | undefined {
    const titled = (s: Seen) =>
      isPerson(s) && s.entity!.spans.some((sp) => new RegExp(`\\b${head}\\b`, 'i').test(this.text.slice(Math.max(0, sp.start - 40), sp.start)));
    return this.latest(pos, sentence, 6, titled)?.entity;
  }
}
