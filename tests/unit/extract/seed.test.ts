import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyOp, createCase, createId, type Case } from '../../../shared/model';
import { runPass } from '../../../shared/extract';

const shared = process.env.CASEBOARD_SHARED ?? path.resolve(import.meta.dirname, '..', '..', '..', '..', 'shared');
const seedText = path.join(shared, 'seed', 'istanbul-talks.txt');
const seedExpected = path.join(shared, 'seed', 'istanbul-talks.expected.json');
const exists = fs.existsSync(seedText) && fs.existsSync(seedExpected);

type Expected = { entities: { name: string; type: string; forms: string[] }[]; links: [string, string][] };

function seedCase(): { c: Case; text: string; sourceId: string } {
  const text = fs.readFileSync(seedText, 'utf8');
  const sourceId = createId('src');
  const c0 = createCase('Istanbul talks');
  const source = { id: sourceId, title: 'istanbul-talks.txt', text, origin: { file: 'istanbul-talks.txt' }, addedAt: c0.createdAt };
  const c1 = applyOp(c0, { op: 'addSource', source }).state;
  return { c: applyOp(c1, runPass(c1).op).state, text, sourceId };
}

// The seed article lives in ../shared beside the repository; without it there is nothing to check.
describe.skipIf(!exists)('seed article (../shared/seed/istanbul-talks.txt is required)', () => {
  const expected = exists ? (JSON.parse(fs.readFileSync(seedExpected, 'utf8')) as Expected) : { entities: [], links: [] };
  const { c, text } = exists ? seedCase() : ({} as ReturnType<typeof seedCase>);
  const formsOf = (entityId: string) => c.mentions.filter((m) => m.entityId === entityId).map((m) => text.slice(m.start, m.end));
  // A form may first occur inside a longer name ("Doha" in "Doha Agreement"), so every mention whose text
  // is the form counts, and all of them must belong to the same entity.
  const entitiesWithForm = (form: string) => new Set(c.mentions.filter((m) => text.slice(m.start, m.end) === form).map((m) => m.entityId));
  const entityWithForm = (form: string) => [...entitiesWithForm(form)][0];

  it.each(expected.entities.map((e) => [e.name, e] as const))('%s is one entity with all its forms and the right type', (_, e) => {
    const ids = new Set(e.forms.flatMap((f) => [...entitiesWithForm(f)]));
    expect([...ids], `forms ${e.forms.join(', ')}`).toHaveLength(1);
    const id = [...ids][0];
    expect(id, `no mention for ${e.forms[0]}`).toBeDefined();
    expect(c.entities.find((x) => x.id === id)?.type).toBe(e.type);
    for (const f of e.forms) expect(formsOf(id!)).toContain(f);
  });

  const idOf = (name: string) => {
    const e = expected.entities.find((x) => x.name === name)!;
    return entityWithForm(e.forms[0]!)!;
  };

  it.each(expected.links)('%s is linked to %s by a suggestion whose evidence mentions both', (a, b) => {
    const x = idOf(a);
    const y = idOf(b);
    const rel = c.relations.find((r) => (r.source === x && r.target === y) || (r.source === y && r.target === x));
    expect(rel, `${a} – ${b}`).toBeDefined();
    expect(rel!.status).toBe('suggested');
    const inside = (id: string, ev: { start: number; end: number }) =>
      c.mentions.some((m) => m.entityId === id && m.start >= ev.start && m.end <= ev.end);
    expect(rel!.evidence.some((ev) => inside(x, ev) && inside(y, ev))).toBe(true);
  });

  it('links Pakistan, the Taliban regime, TTP, BLA, Qatar and Turkey into one connected group', () => {
    const ids = ['Pakistan', 'Taliban regime', 'Tehreek-e-Taliban Pakistan', 'Balochistan Liberation Army', 'Qatar', 'Turkey'].map(idOf);
    const reach = new Set([ids[0]!]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const r of c.relations)
        for (const [p, q] of [[r.source, r.target], [r.target, r.source]] as const)
          if (reach.has(p) && !reach.has(q)) reach.add(q), (grew = true);
    }
    for (const id of ids) expect(reach.has(id)).toBe(true);
  });

  it('marks everything it adds as a suggestion', () => {
    expect(c.entities.every((e) => e.status === 'suggested')).toBe(true);
    expect(c.mentions.every((m) => m.status === 'suggested')).toBe(true);
  });
});
