import fs from 'node:fs';
import path from 'node:path';
import { applyOp, type Case, createCase, createId, type Entity, type Mention } from '../../../shared/model';

/** ../shared beside the repository (CASEBOARD_SHARED overrides), where the seed article lives. */
export const sharedDir = process.env.CASEBOARD_SHARED ?? path.resolve(import.meta.dirname, '..', '..', '..', '..', 'shared');
export const seedText = path.join(sharedDir, 'seed', 'istanbul-talks.txt');
export const seedExpected = path.join(sharedDir, 'seed', 'istanbul-talks.expected.json');
export const hasSeed = fs.existsSync(seedText) && fs.existsSync(seedExpected);

type Expected = { entities: { name: string; type: string; forms: string[] }[] };

/*
 * The seed case with the entities an analyst expects (istanbul-talks.expected.json), each form found in the
 * text longest first. Built from that list rather than from the entity pass so that these tests measure
 * claims, dates and events, not the tagger (which has its own seed test and changes on its own schedule).
 */
export function seedCase(publishedAt?: string): { c: Case; text: string; sourceId: string; idOf: (name: string) => string } {
  const text = fs.readFileSync(seedText, 'utf8');
  const expected = JSON.parse(fs.readFileSync(seedExpected, 'utf8')) as Expected;
  const c0 = createCase('Istanbul talks', '2025-11-01T00:00:00.000Z');
  const sourceId = createId('src');
  const source = { id: sourceId, title: 'istanbul-talks.txt', text, origin: { file: 'istanbul-talks.txt', ...(publishedAt ? { publishedAt } : {}) }, addedAt: c0.createdAt };
  let c = applyOp(c0, { op: 'addSource', source }).state;
  const forms = expected.entities.flatMap((e, i) => e.forms.map((f) => ({ f, i }))).sort((a, b) => b.f.length - a.f.length);
  const taken: { start: number; end: number }[] = [];
  const spans = expected.entities.map(() => [] as { start: number; end: number }[]);
  for (const { f, i } of forms) {
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu'))) {
      const s = { start: m.index, end: m.index + f.length };
      if (taken.some((t) => t.start < s.end && s.start < t.end)) continue;
      taken.push(s);
      spans[i]!.push(s);
    }
  }
  const ids = new Map<string, string>();
  expected.entities.forEach((e, i) => {
    const entity: Entity = { id: createId('ent'), name: e.name, type: e.type, aliases: e.forms.filter((f) => f !== e.name), status: 'suggested' };
    ids.set(e.name, entity.id);
    const mentions: Mention[] = spans[i]!.map((s) => ({ id: createId('men'), entityId: entity.id, sourceId, ...s, status: 'suggested' }));
    c = applyOp(c, { op: 'addEntity', entity, mentions }).state;
  });
  return { c, text, sourceId, idOf: (name) => ids.get(name)! };
}
