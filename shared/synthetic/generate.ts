import { CASE_FORMAT, CASE_VERSION, type Case, type Entity, type Mention, type Relation, type Source } from '../model/schema';
import { FILLER, FIRST, LAST, ORG_HEAD, ORG_MID, ORG_TAIL, PLACE_A, PLACE_B, VERBS } from './names';

export type SyntheticSize = { sources: number; entities: number; mentions: number; relations: number; wordsPerSource: number };

export const SIZES: Record<'M' | 'L', SyntheticSize> = {
  M: { sources: 200, entities: 2_000, mentions: 10_000, relations: 5_000, wordsPerSource: 750 },
  L: { sources: 2_000, entities: 20_000, mentions: 100_000, relations: 50_000, wordsPerSource: 750 },
};

/** Small deterministic PRNG (mulberry32): the same seed always builds the same case. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function entityName(i: number): { name: string; type: string } {
  const kind = i % 4;
  const n = Math.floor(i / 4);
  if (kind === 0 || kind === 3) return { name: `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]}${n >= FIRST.length * LAST.length ? ` ${Math.floor(n / (FIRST.length * LAST.length)) + 1}` : ''}`, type: 'person' };
  if (kind === 1) return { name: `${ORG_HEAD[n % ORG_HEAD.length]} ${ORG_MID[Math.floor(n / ORG_HEAD.length) % ORG_MID.length]} ${ORG_TAIL[Math.floor(n / (ORG_HEAD.length * ORG_MID.length)) % ORG_TAIL.length]}`, type: 'organization' };
  return { name: `${PLACE_A[n % PLACE_A.length]}${PLACE_B[Math.floor(n / PLACE_A.length) % PLACE_B.length]}${n >= PLACE_A.length * PLACE_B.length ? ` ${Math.floor(n / (PLACE_A.length * PLACE_B.length)) + 1}` : ''}`, type: 'location' };
}

/**
 * A synthetic case shaped like a real one: news-like sources whose sentences name the entities (every
 * mention is a real span of its source), links whose evidence is the sentence naming both ends, and a
 * laid-out graph. Sizes M and L are the benchmark sizes of the performance issue.
 */
export function generateCase(size: SyntheticSize, seed = 1): Case {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const entities: Entity[] = Array.from({ length: size.entities }, (_, i) => ({ id: `ent_${i.toString(36)}`, ...entityName(i), aliases: [], status: i % 5 === 0 ? 'suggested' : 'accepted' }));
  const sources: Source[] = [];
  const mentions: Mention[] = [];
  const relations: Relation[] = [];
  const mentionsPerSource = Math.ceil(size.mentions / size.sources);
  const relationsPerSource = Math.ceil(size.relations / size.sources);
  const day = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString();
  for (let s = 0; s < size.sources; s++) {
    const sourceId = `src_${s.toString(36)}`;
    let text = `Report ${s + 1}\n\n`;
    let words = 2;
    let madeMentions = 0;
    let madeRelations = 0;
    const mention = (e: Entity) => {
      const start = text.length;
      text += e.name;
      if (mentions.length < size.mentions) mentions.push({ id: `men_${mentions.length.toString(36)}`, entityId: e.id, sourceId, start, end: text.length, status: e.status });
      madeMentions++;
    };
    while (words < size.wordsPerSource || madeMentions < mentionsPerSource) {
      if (madeMentions < mentionsPerSource && (words / size.wordsPerSource >= madeMentions / mentionsPerSource || rand() < 0.5)) {
        const a = entities[Math.floor(rand() * entities.length)]!;
        let b = entities[Math.floor(rand() * entities.length)]!;
        while (b === a) b = entities[Math.floor(rand() * entities.length)]!;
        const start = text.length;
        mention(a);
        const verb = pick(VERBS);
        text += ` ${verb} `;
        mention(b);
        text += ` in ${pick(PLACE_A)}${pick(PLACE_B)} last week.`;
        if (madeRelations < relationsPerSource && relations.length < size.relations && a.id !== b.id) {
          relations.push({ id: `rel_${relations.length.toString(36)}`, source: a.id, target: b.id, type: verb, directed: true, evidence: [{ sourceId, start, end: text.length }], status: a.status === 'suggested' ? 'suggested' : 'accepted', ...(rand() < 0.5 ? { credibility: 1 + Math.floor(rand() * 6) } : {}) });
          madeRelations++;
        }
        words += 6 + verb.split(' ').length;
      } else {
        const f = pick(FILLER);
        text += f;
        words += f.split(' ').length;
      }
      text += rand() < 0.15 ? '\n\n' : ' ';
    }
    sources.push({ id: sourceId, title: `Report ${s + 1}`, text, origin: { publisher: 'Synthetic Wire', publishedAt: day(s).slice(0, 10) }, reliability: pick(['A', 'B', 'C', 'D'] as const), addedAt: day(s) });
  }
  const side = Math.ceil(Math.sqrt(size.entities));
  const positions = Object.fromEntries(entities.map((e, i) => [e.id, { x: (i % side) * 120 + rand() * 40, y: Math.floor(i / side) * 90 + rand() * 30 }]));
  return { format: CASE_FORMAT, version: CASE_VERSION, id: `case_synthetic_${seed}`, title: `Synthetic case (${size.entities} entities)`, createdAt: day(0), updatedAt: day(0), sources, entities, mentions, relations, layout: { positions }, claims: [] };
}
