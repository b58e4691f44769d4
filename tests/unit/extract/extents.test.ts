import { describe, expect, it } from 'vitest';
import { applyOp, checkInvariants, createCase, type Case } from '../../../shared/model';
import { extractText, rejectionKey, rejectionsFor, runPass, type PassOptions } from '../../../shared/extract';
import { withSource } from '../helpers/caseFixture';

// Texts written for these tests (not from ../shared/eval).
const TEXT =
  'The government of Iraq asked the United Nations for help on Monday. Fighting went on in northern Iraq. ' +
  'Russian Foreign Minister Lavrov met the Syrian regime in Damascus. Iraq is sending more troops.';

const pass = (c: Case, opts: PassOptions = {}) => applyOp(c, runPass(c, opts).op).state;
const byName = (c: Case, name: string) => c.entities.find((e) => e.name === name);
const textOf = (c: Case, m: { sourceId: string; start: number; end: number }) => c.sources.find((s) => s.id === m.sourceId)!.text.slice(m.start, m.end);
const formsOf = (c: Case, name: string) => c.mentions.filter((m) => m.entityId === byName(c, name)?.id).map((m) => textOf(c, m)).sort();
/** Entity name → its mentions' texts, for comparing two runs whose ids differ. */
const summary = (c: Case) => Object.fromEntries(c.entities.map((e) => [`${e.name} (${e.type})`, formsOf(c, e.name)]));
const overlapping = (c: Case) =>
  c.mentions.filter((m, i) => c.mentions.some((n, j) => j !== i && n.sourceId === m.sourceId && n.start < m.end && m.start < n.end));

describe("runPass's mention extents", () => {
  it("defaults to 'names': the same suggestions as asking for names", () => {
    const { c } = withSource(createCase('t'), TEXT);
    const plain = pass(c);
    expect(summary(pass(c, { extents: 'names' }))).toEqual(summary(plain));
    expect(formsOf(plain, 'Lavrov')).toEqual(['Lavrov']);
    expect(formsOf(plain, 'Iraq')).toEqual(['Iraq', 'Iraq', 'Iraq']);
  });

  it("'phrases' suggests noun-phrase mentions of entities with clean names", () => {
    const { c } = withSource(createCase('t'), TEXT);
    const next = pass(c, { extents: 'phrases' });
    expect(checkInvariants(next)).toEqual([]);
    expect(formsOf(next, 'Lavrov')).toEqual(['Russian Foreign Minister Lavrov']);
    expect(formsOf(next, 'United Nations')).toEqual(['the United Nations']);
    expect(formsOf(next, 'Syrian regime')).toEqual(['the Syrian regime']);
    // A country that acts is still the country here (one Iraq in a case), its phrase the mention.
    expect(byName(next, 'Iraq')?.type).toBe('country');
    expect(formsOf(next, 'Iraq')).toEqual(['Iraq', 'northern Iraq']);
  });

  it("'phrases': a phrase naming something else is an entity of its own, typed by its head noun", () => {
    const { c } = withSource(createCase('t'), TEXT);
    const next = pass(c, { extents: 'phrases' });
    const gov = byName(next, 'Government of Iraq');
    expect(gov?.type).toBe('organization');
    expect(gov?.aliases).toEqual([]);
    expect(formsOf(next, 'Government of Iraq')).toEqual(['The government of Iraq']);
    expect(gov?.id).not.toBe(byName(next, 'Iraq')?.id);
    // The link reads the phrase: the government asked the UN, not the country.
    const un = byName(next, 'United Nations')!;
    expect(next.relations.some((r) => [r.source, r.target].sort().join() === [gov!.id, un.id].sort().join())).toBe(true);
    const people = pass(withSource(createCase('t'), 'The people of Syria fled to Turkey.').c, { extents: 'phrases' });
    expect(byName(people, 'People of Syria')?.type).toBe('organization');
    expect(byName(people, 'Syria')).toBeUndefined();
  });

  it("'phrases' suggests exactly the mentions extractText reports in the 'phrases' style", () => {
    // The second text nests names in others' extents: "Illinois" in "Illinois Sen. Paul Simon", "Va." in "Bowling Green, Va.".
    for (const text of [TEXT, 'Illinois Sen. Paul Simon met volunteers from Bowling Green, Va., at a Red Cross depot.']) {
      const next = pass(withSource(createCase('t'), text).c, { extents: 'phrases' });
      const ours = next.mentions.map((m) => text.slice(m.start, m.end)).sort();
      const reported = extractText(text, 'phrases').entities.map((e) => text.slice(e.start, e.end)).sort();
      expect(ours).toEqual(reported);
      expect(ours).toEqual(expect.arrayContaining(text === TEXT ? ['The government of Iraq'] : ['Bowling Green, Va.', 'Illinois Sen. Paul Simon']));
    }
  });

  it('never duplicates on a re-run, whichever extents either run used', () => {
    const { c } = withSource(createCase('t'), TEXT);
    for (const [first, second] of [['phrases', 'phrases'], ['names', 'phrases'], ['phrases', 'names']] as const) {
      const once = pass(c, { extents: first });
      const { stats } = runPass(once, { extents: second });
      expect(stats.mentionsAdded + stats.entitiesAdded + stats.relationsAdded, `${first} then ${second}`).toBe(0);
      expect(overlapping(pass(once, { extents: second }))).toEqual([]);
    }
  });

  it('leaves accepted records alone and adds phrase mentions to them in new sources', () => {
    let { c } = withSource(createCase('t'), TEXT);
    c = pass(c, { extents: 'phrases' });
    const gov = byName(c, 'Government of Iraq')!;
    const accepted = c.mentions.filter((m) => m.entityId === gov.id);
    c = applyOp(c, { op: 'setStatus', status: 'accepted', entityIds: [gov.id], mentionIds: accepted.map((m) => m.id) }).state;
    const before = JSON.stringify([c.entities.find((e) => e.id === gov.id), c.mentions.filter((m) => m.entityId === gov.id)]);
    const second = withSource(c, 'Aid reached northern Iraq. The government of Iraq thanked donors.', 'b.txt');
    const next = pass(second.c, { extents: 'phrases', sourceIds: [second.id] });
    const fresh = next.mentions.filter((m) => m.sourceId === second.id);
    expect(fresh.filter((m) => m.entityId === gov.id).map((m) => textOf(next, m))).toEqual(['The government of Iraq']);
    expect(fresh.filter((m) => m.entityId === byName(c, 'Iraq')!.id).map((m) => textOf(next, m))).toEqual(['northern Iraq']);
    expect(JSON.stringify([next.entities.find((e) => e.id === gov.id), next.mentions.filter((m) => m.entityId === gov.id && m.sourceId !== second.id)])).toBe(before);
    expect(next.entities.filter((e) => e.name === 'Government of Iraq')).toHaveLength(1);
  });

  it('does not bring back what the analyst rejected, in a name or in its phrase', () => {
    const { c: c0, id } = withSource(createCase('t'), TEXT);
    // Rejected in a names run: the mention "Iraq" of "northern Iraq"; then the entity Government of Iraq.
    const names = pass(c0, { extents: 'names' });
    const start = TEXT.indexOf('northern Iraq') + 'northern '.length;
    const iraqThere = names.mentions.find((m) => m.sourceId === id && m.start === start)!;
    expect(textOf(names, iraqThere)).toBe('Iraq');
    let c = applyOp(c0, { op: 'setCaseFields', fields: { rejections: rejectionsFor(names, { mentionIds: [iraqThere.id] }) } }).state;
    let next = pass(c, { extents: 'phrases' });
    expect(formsOf(next, 'Iraq')).toEqual(['Iraq']);
    // Rejected in a phrases run: the phrase's own entity and a phrase mention.
    const phrases = pass(c0, { extents: 'phrases' });
    const lavrov = phrases.mentions.find((m) => m.entityId === byName(phrases, 'Lavrov')!.id)!;
    const rejections = [...rejectionsFor(phrases, { entityIds: [byName(phrases, 'Government of Iraq')!.id], mentionIds: [lavrov.id] })];
    expect(rejections).toContainEqual({ kind: 'mention', key: rejectionKey({ kind: 'mention', sourceId: id, start: lavrov.start, end: lavrov.end }) });
    c = applyOp(c0, { op: 'setCaseFields', fields: { rejections } }).state;
    next = pass(c, { extents: 'phrases' });
    expect(byName(next, 'Government of Iraq')).toBeUndefined();
    expect(byName(next, 'Lavrov')).toBeUndefined();
    expect(runPass(c, { extents: 'phrases' }).stats.rejectedSkipped).toBeGreaterThan(0);
    expect(byName(next, 'Iraq')?.type).toBe('country');
    // Nor does a names run bring back the name of a rejected phrase.
    expect(byName(pass(c, { extents: 'names' }), 'Lavrov')).toBeUndefined();
    expect(byName(pass(c0, { extents: 'names' }), 'Lavrov')).toBeDefined();
  });
});
