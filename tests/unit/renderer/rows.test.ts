import { describe, expect, it } from 'vitest';
import { createCase } from '../../../shared/model';
import { entityRows, linkRows } from '../../../renderer/src/features/tables/rows';

describe('table rows', () => {
  const c = createCase('t');
  c.sources.push({ id: 's', title: 's', text: 'Pakistan and TTP and Pakistan', origin: {}, addedAt: 'now' });
  c.entities.push(
    { id: 'a', name: 'Pakistan', type: 'country', aliases: ['PK'], status: 'accepted' },
    { id: 'b', name: 'TTP', type: 'organization', aliases: [], status: 'suggested', notes: 'banned' },
  );
  c.mentions.push(
    { id: 'm1', entityId: 'a', sourceId: 's', start: 0, end: 8, status: 'accepted' },
    { id: 'm2', entityId: 'a', sourceId: 's', start: 21, end: 29, status: 'accepted' },
    { id: 'm3', entityId: 'b', sourceId: 's', start: 13, end: 16, status: 'suggested' },
  );
  c.relations.push({ id: 'r', source: 'a', target: 'b', type: 'accused', directed: true, evidence: [{ sourceId: 's', start: 0, end: 16 }], credibility: 2, status: 'accepted' });

  it('counts mentions and links per entity', () => {
    expect(entityRows(c)).toEqual([
      { id: 'a', name: 'Pakistan', type: 'country', status: 'accepted', aliases: 'PK', notes: '', mentions: 2, links: 1 },
      { id: 'b', name: 'TTP', type: 'organization', status: 'suggested', aliases: '', notes: 'banned', mentions: 1, links: 1 },
    ]);
  });

  it('resolves link ends to names', () => {
    expect(linkRows(c)[0]).toMatchObject({ from: 'Pakistan', to: 'TTP', type: 'accused', evidence: 1, credibility: 2, reliability: '' });
  });
});
