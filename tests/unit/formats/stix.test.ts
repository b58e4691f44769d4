import { describe, expect, it } from 'vitest';
import { exportCase } from '../../../shared/formats';
import { countryCode } from '../../../shared/formats/countries';
import { confidenceOf, relationshipType, stixKind } from '../../../shared/formats/stixKinds';
import { formatsCase } from './fixture';

type Obj = Record<string, unknown> & { type: string; id: string };
const bundle = (c = formatsCase()) => JSON.parse(exportCase(c, 'stix').files[0]!.text) as { id: string; objects: Obj[] };
const byCaseboardId = (b: { objects: Obj[] }, id: string) => b.objects.find((o) => o.x_caseboard_id === id)!;

describe('STIX 2.1 bundle', () => {
  it('is byte-identical for the same case, and ids do not depend on object order', () => {
    const a = exportCase(formatsCase(), 'stix').files[0]!.text;
    expect(exportCase(formatsCase(), 'stix').files[0]!.text).toBe(a);
    const c = formatsCase();
    c.entities.reverse();
    const ids = (b: { objects: Obj[] }) => new Map(b.objects.map((o) => [String(o.x_caseboard_id ?? o.name), o.id]));
    const reversed = ids(bundle(c));
    for (const [k, v] of ids(bundle())) expect(reversed.get(k)).toBe(v);
  });

  it('uses UUIDv5 ids and the case timestamps', () => {
    const b = bundle();
    for (const o of b.objects) {
      expect(o.id).toMatch(/^[a-z-]+--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(o.created).toBe('2025-11-01T09:30:00.000Z');
      expect(o.modified).toBe('2025-11-02T10:00:00.500Z');
    }
  });

  it('maps entity types as documented', () => {
    const b = bundle();
    expect(byCaseboardId(b, 'ent_ka')).toMatchObject({ type: 'identity', identity_class: 'individual', x_caseboard_aliases: ['خواجہ آصف'] });
    expect(byCaseboardId(b, 'ent_af')).toMatchObject({ type: 'identity', identity_class: 'organization' });
    expect(byCaseboardId(b, 'ent_ttp')).toMatchObject({ type: 'threat-actor', threat_actor_types: ['terrorist'], aliases: ['TTP', 'تحریک طالبان پاکستان'] });
    expect(byCaseboardId(b, 'ent_bla')).toMatchObject({ type: 'threat-actor' });
    expect(byCaseboardId(b, 'ent_pk')).toMatchObject({ type: 'location', country: 'PK' });
    expect(byCaseboardId(b, 'ent_tr')).toMatchObject({ type: 'location', country: 'TR' });
    // Istanbul lies in Turkey by a "located in" link; Pakistan's "held talks in" link says nothing about that.
    expect(byCaseboardId(b, 'ent_ist')).toMatchObject({ type: 'location', country: 'TR' });
    const c = formatsCase();
    c.relations = c.relations.filter((r) => r.id !== 'rel_in');
    expect(byCaseboardId(bundle(c), 'ent_ist')).toMatchObject({ type: 'location', region: 'unknown' });
    expect(byCaseboardId(b, 'ent_evil')).toMatchObject({ type: 'identity', identity_class: 'unknown', x_caseboard_status: 'suggested' });
    const talks = byCaseboardId(b, 'ent_talks');
    expect(talks).toMatchObject({ type: 'note', abstract: 'Istanbul talks' });
    expect(talks.object_refs).toEqual(expect.arrayContaining([byCaseboardId(b, 'ent_qa').id, byCaseboardId(b, 'ent_ist').id]));
    expect(String(talks.content)).toContain('“in Istanbul ended without progress” — Talks collapse — Dawn');
  });

  it('carries links with grading, evidence and the original type', () => {
    const b = bundle();
    const acc = byCaseboardId(b, 'rel_acc');
    const report = b.objects.find((o) => o.type === 'report' && o.x_caseboard_id === 'src_art')!;
    expect(acc).toMatchObject({ type: 'relationship', relationship_type: 'accused', confidence: 30, x_caseboard_reliability: 'A', x_caseboard_credibility: 4 });
    expect(acc.source_ref).toBe(byCaseboardId(b, 'ent_ka').id);
    expect(acc.x_caseboard_evidence).toContainEqual(expect.objectContaining({ source_ref: report.id, quote: 'the Tehreek-e-Taliban Pakistan (TTP) operates from Afghan soil' }));
    expect(byCaseboardId(b, 'rel_spk').confidence).toBeUndefined();
    expect(byCaseboardId(b, 'rel_ur')).toMatchObject({ relationship_type: 'related-to', x_caseboard_type: 'وزیر دفاع' });
    expect(byCaseboardId(b, 'rel_talks')).toMatchObject({ x_caseboard_directed: false });
  });

  it('writes dates, and claims as notes by their speaker', () => {
    const b = bundle();
    expect(byCaseboardId(b, 'ent_talks')).toMatchObject({ x_caseboard_date: '2025-10-25/2025-10-28' });
    expect(String(byCaseboardId(b, 'ent_talks').content)).toContain('When: 2025-10-25/2025-10-28');
    const claim = byCaseboardId(b, 'clm_asif');
    expect(claim).toMatchObject({
      type: 'note',
      abstract: 'Khawaja Asif said',
      authors: ['Khawaja Asif'],
      content: 'the Tehreek-e-Taliban Pakistan (TTP) operates from Afghan soil',
      confidence: 50,
      x_caseboard_speaker_reliability: 'B',
    });
    expect(claim.object_refs).toEqual([byCaseboardId(b, 'ent_ka').id, byCaseboardId(b, 'ent_ttp').id, byCaseboardId(b, 'ent_af').id, byCaseboardId(b, 'rel_acc').id]);
    expect(byCaseboardId(b, 'clm_anon')).toMatchObject({ authors: ['a senior official'], abstract: 'a senior official warned' });
    const urdu = b.objects.find((o) => o.type === 'report' && o.x_caseboard_id === 'src_ur')!;
    expect(urdu.object_refs).toContain(byCaseboardId(b, 'clm_anon').id);
  });

  it('writes one report per source that supports something, with its metadata', () => {
    const reports = bundle().objects.filter((o) => o.type === 'report');
    expect(reports.map((r) => r.x_caseboard_id)).toEqual(['src_art', 'src_ur']);
    expect(reports[0]).toMatchObject({ name: 'Talks collapse — Dawn', published: '2025-10-30T03:00:00.000Z', x_caseboard_reliability: 'B' });
    expect(reports[0]!.external_references).toEqual([{ source_name: 'Dawn', url: 'https://www.dawn.com/news/1234567/talks-collapse' }]);
    expect(String((reports[1]!.external_references as { url: string }[])[0]!.url)).toMatch(/^https:\/\/jang\.com\.pk\/news\/%D9/);
  });
});

describe('STIX mapping helpers', () => {
  it('slugs relation types for relationship_type', () => {
    expect(relationshipType('Mediation of')).toBe('mediation-of');
    expect(relationshipType('mediación')).toBe('mediacion');
    expect(relationshipType('وزیر دفاع')).toBe('related-to');
  });
  it('maps Admiralty credibility to STIX confidence', () => {
    expect([1, 2, 3, 4, 5, 6, undefined].map(confidenceOf)).toEqual([90, 70, 50, 30, 10, undefined, undefined]);
  });
  it('knows countries by their common names', () => {
    expect(countryCode(['Turkey'])).toBe('TR');
    expect(countryCode(['Türkiye'])).toBe('TR');
    expect(countryCode(['the United States'])).toBe('US');
    expect(countryCode(['Afghanistan'])).toBe('AF');
    expect(countryCode(['Germany'])).toBe('DE');
    expect(countryCode(['IS'])).toBeUndefined();
  });
  it('marks organisations as armed groups only on their words', () => {
    const org = (notes?: string) => stixKind({ id: 'x', name: 'Some Org', type: 'organization', aliases: [], status: 'accepted', ...(notes ? { notes } : {}) });
    expect(org().type).toBe('identity');
    expect(org('An armed group active in the north')).toEqual({ type: 'threat-actor' });
    expect(stixKind({ id: 'x', name: 'APT99', type: 'intrusion-set', aliases: [], status: 'accepted' }).type).toBe('intrusion-set');
  });
});
