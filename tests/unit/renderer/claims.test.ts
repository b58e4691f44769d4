import { describe, expect, it } from 'vitest';
import { applyOp, createCase, type Case, type Claim } from '../../../shared/model';
import { claimRows, claimSelection, formatRange, gradeCode, gradeLines, rejectClaimsOp } from '../../../renderer/src/features/claims/claimModel';
import { groupByMonth, timelineItems } from '../../../renderer/src/features/claims/timeline';

const TEXT = 'Tarar said the talks failed. A senior official said expectations were reasonable. The Doha ceasefire held.';

function sample(): Case {
  let c = createCase('t');
  const ops = [
    { op: 'addSource', source: { id: 's1', title: 'Dawn', text: TEXT, origin: {}, reliability: 'B', addedAt: c.createdAt } },
    { op: 'addEntity', entity: { id: 'e_t', name: 'Tarar', type: 'person', aliases: [], status: 'accepted' } },
    { op: 'addEntity', entity: { id: 'e_p', name: 'Pakistan', type: 'country', aliases: [], status: 'accepted' } },
    { op: 'addEntity', entity: { id: 'e_d', name: 'Doha ceasefire', type: 'event', aliases: [], status: 'suggested', date: { start: '2025-10-19' } } },
    { op: 'addEntity', entity: { id: 'e_i', name: 'Istanbul talks', type: 'event', aliases: [], status: 'suggested', date: { start: '2025-10' } } },
    { op: 'addEntity', entity: { id: 'e_o', name: 'October 2025', type: 'date', aliases: [], status: 'suggested', date: { start: '2025-10' } } },
    { op: 'addRelation', relation: { id: 'r1', source: 'e_t', target: 'e_p', type: 'accuses', directed: true, evidence: [], status: 'suggested' } },
  ] as const;
  for (const op of ops) c = applyOp(c, op as never).state;
  const claims: Claim[] = [
    { id: 'c1', speakerId: 'e_t', verb: 'said', evidence: { sourceId: 's1', start: 0, end: 28 }, content: { sourceId: 's1', start: 11, end: 27 }, about: ['e_p', 'e_i'], relationId: 'r1', credibility: 2, date: { start: '2025-10-30' }, status: 'suggested' },
    { id: 'c2', speakerLabel: 'a senior official', verb: 'said', evidence: { sourceId: 's1', start: 29, end: 81 }, about: [], date: { start: '2025-09-02' }, status: 'suggested' },
  ];
  return applyOp(c, { op: 'addClaims', claims }).state;
}

describe('claim rows and grades', () => {
  const c = sample();
  it('lists speakers, unnamed ones as such, with the content and dates', () => {
    const rows = claimRows(c);
    expect(rows[0]).toMatchObject({ speaker: 'Tarar', unnamed: false, content: 'the talks failed', about: 'Pakistan, Istanbul talks', source: 'Dawn', date: '30 Oct 2025', credibility: 2, speakerReliability: '' });
    expect(rows[1]).toMatchObject({ speaker: 'a senior official', unnamed: true, content: 'A senior official said expectations were reasonable.' });
  });
  it('formats dates as precise as they are', () => {
    expect(formatRange({ start: '2025' })).toBe('2025');
    expect(formatRange({ start: '2025-10' })).toBe('Oct 2025');
    expect(formatRange({ start: '2025-10-19', end: '2025-10-22' })).toBe('19 Oct 2025 – 22 Oct 2025');
  });
  it('explains each grade and where it comes from; the code falls back to the publication', () => {
    const c1 = c.claims[0]!;
    expect(gradeLines(c, c1).map((g) => `${g.what}=${g.grade}`)).toEqual(['Publication reliability=B', 'Speaker reliability=–', 'Credibility=2']);
    expect(gradeLines(c, c1)[0]!.from).toContain('“Dawn”');
    expect(gradeCode(c, c1)).toBe('B2');
    expect(gradeCode(c, { ...c1, speakerReliability: 'D' })).toBe('D2');
  });
  it('selects a claim with its speaker, about-entities and link', () => {
    expect(claimSelection(c.claims[0]!)).toEqual({ claims: ['c1'], entities: ['e_t', 'e_p', 'e_i'], relations: ['r1'] });
    expect(claimSelection(c.claims[1]!)).toEqual({ claims: ['c2'], entities: [], relations: [] });
  });
  it('rejects claims by deleting them and recording their rejection keys', () => {
    const after = applyOp(c, rejectClaimsOp(c, ['c2'])).state;
    expect(after.claims.map((x) => x.id)).toEqual(['c1']);
    expect(after.rejections).toEqual([{ kind: 'claim', key: 's1:29-81|a senior official' }]);
  });
});

describe('timeline', () => {
  const c = sample();
  const none = { entities: [], relations: [] };
  it('orders events and dated claims by date, leaving plain date entities out', () => {
    expect(timelineItems(c, none).map((i) => i.title)).toEqual(['a senior official said', 'Istanbul talks', 'Doha ceasefire', 'Tarar said']);
  });
  it('keeps what involves the selection', () => {
    expect(timelineItems(c, { entities: ['e_d'], relations: [] }).map((i) => i.id)).toEqual(['e_d']);
    expect(timelineItems(c, { entities: [], relations: ['r1'] }).map((i) => i.id)).toEqual(['c1']);
    expect(timelineItems(c, { entities: ['e_i'], relations: [] }).map((i) => i.id)).toEqual(['e_i', 'c1']);
  });
  it('groups by month', () => {
    expect(groupByMonth(timelineItems(c, none)).map((g) => [g.label, g.items.length])).toEqual([
      ['Sep 2025', 1],
      ['Oct 2025', 3],
    ]);
  });
});
