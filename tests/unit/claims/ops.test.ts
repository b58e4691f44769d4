import { describe, expect, it } from 'vitest';
import { claimRejectionKey, claimsToOps, type ClaimDraft, eventsAndDatesToOps, findClaims, entityRefs } from '../../../shared/claims';
import { applyOp, applyOps, type Case, createCase, type Entity, type Mention } from '../../../shared/model';

const TEXT = 'Interior Minister John Okafor met the envoy in Nairobi. “Kenya will not pay,” Okafor said. A spokesman said the talks in Nairobi on March 3, 2024 had failed.';

function caseWith(text = TEXT, publishedAt?: string): Case {
  let c = createCase('t', '2024-03-05T00:00:00.000Z');
  c = applyOp(c, { op: 'addSource', source: { id: 'src_1', title: 't', text, origin: publishedAt ? { publishedAt } : {}, addedAt: c.createdAt } }).state;
  const taken = new Set<number>();
  // Longest forms first, so "Okafor" inside "John Okafor" is not a second mention.
  const add = (id: string, name: string, type: string, forms: string[], status: Entity['status'] = 'suggested') => {
    const mentions: Mention[] = [];
    for (const f of forms)
      for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + f.length))
        if (![...Array(f.length).keys()].some((k) => taken.has(at + k))) {
          for (let k = 0; k < f.length; k++) taken.add(at + k);
          mentions.push({ id: `men_${id}_${at}`, entityId: id, sourceId: 'src_1', start: at, end: at + f.length, status });
        }
    c = applyOp(c, { op: 'addEntity', entity: { id, name, type, aliases: [], status }, mentions }).state;
  };
  add('ent_okafor', 'John Okafor', 'person', ['John Okafor', 'Okafor']);
  add('ent_kenya', 'Kenya', 'country', ['Kenya']);
  add('ent_nairobi', 'Nairobi', 'location', ['Nairobi']);
  add('ent_date', 'March 3, 2024', 'date', ['March 3, 2024']);
  return c;
}

const drafts = (c: Case): ClaimDraft[] => findClaims(c.sources[0]!.text, entityRefs(c, 'src_1'));

describe('claimsToOps', () => {
  it('adds suggested claims once, keeping unnamed speakers as written', () => {
    const c = caseWith();
    const ops = claimsToOps(c, 'src_1', drafts(c));
    expect(ops).toHaveLength(1);
    const next = applyOps(c, ops);
    expect(next.claims.map((cl) => [cl.speakerId ?? cl.speakerLabel, cl.verb, cl.status])).toEqual([
      ['ent_okafor', 'said', 'suggested'],
      ['A spokesman', 'said', 'suggested'],
    ]);
    expect(next.claims[0]!.about).toEqual(['ent_kenya']);
    expect(claimsToOps(next, 'src_1', drafts(next))).toEqual([]);
  });

  it('keeps a speaker the case does not have by its words, and drops unknown about-entities', () => {
    const c = caseWith();
    const [d] = drafts(c);
    const ops = claimsToOps(c, 'src_1', [{ ...d!, speakerEntityId: 'ent_gone', about: ['ent_gone', 'ent_kenya'] }]);
    const claim = ops[0]!.op === 'addClaims' ? ops[0]!.claims[0]! : undefined;
    expect(claim).toMatchObject({ speakerLabel: 'Okafor', about: ['ent_kenya'] });
    expect(claim!.speakerId).toBeUndefined();
  });

  it('respects rejections of kind claim, keyed by evidence span and speaker name', () => {
    const c = caseWith();
    const [d] = drafts(c);
    const key = claimRejectionKey({ sourceId: 'src_1', ...d!.evidence, speaker: 'John Okafor' });
    expect(key).toBe(`src_1:${d!.evidence.start}-${d!.evidence.end}|john okafor`);
    const rejected = { ...c, rejections: [{ kind: 'claim' as const, key }] };
    const next = applyOps(rejected, claimsToOps(rejected, 'src_1', drafts(c)));
    expect(next.claims.map((cl) => cl.speakerLabel)).toEqual(['A spokesman']);
  });

  it('returns nothing for an unknown source', () => {
    expect(claimsToOps(caseWith(), 'src_nope', [])).toEqual([]);
  });
});

describe('eventsAndDatesToOps', () => {
  it('dates suggested date entities and adds dated events as suggestions', () => {
    const c = caseWith();
    const next = applyOps(c, eventsAndDatesToOps(c, 'src_1'));
    expect(next.entities.find((e) => e.id === 'ent_date')?.date).toEqual({ start: '2024-03-03', basis: 'explicit' });
    const talks = next.entities.find((e) => e.name === 'Nairobi talks');
    expect(talks).toMatchObject({ type: 'event', status: 'suggested', date: { start: '2024-03-03', basis: 'explicit' } });
    expect(eventsAndDatesToOps(next, 'src_1')).toEqual([]);
  });

  it('leaves accepted entities alone and does not suggest a rejected event name again', () => {
    let c = caseWith();
    c = applyOp(c, { op: 'setStatus', status: 'accepted', entityIds: ['ent_date'] }).state;
    c = { ...c, rejections: [{ kind: 'entity', key: 'nairobi talks' }] };
    const ops = eventsAndDatesToOps(c, 'src_1');
    expect(ops).toEqual([]);
  });

  it('dates an event in the lead by the publication date, and a four-day event back from it', () => {
    const text = 'KABUL: A four-day round of talks between the two sides in Doha ended on Sunday.';
    let c = createCase('t');
    c = applyOp(c, { op: 'addSource', source: { id: 'src_1', title: 't', text, origin: { publishedAt: '2025-11-03' }, addedAt: c.createdAt } }).state;
    const at = text.indexOf('Doha');
    c = applyOp(c, { op: 'addEntity', entity: { id: 'ent_doha', name: 'Doha', type: 'location', aliases: [], status: 'suggested' }, mentions: [{ id: 'men_d', entityId: 'ent_doha', sourceId: 'src_1', start: at, end: at + 4, status: 'suggested' }] }).state;
    const next = applyOps(c, eventsAndDatesToOps(c, 'src_1'));
    expect(next.entities.find((e) => e.name === 'Doha talks')?.date).toEqual({ start: '2025-10-31', end: '2025-11-03', basis: 'relative' });
  });
});
