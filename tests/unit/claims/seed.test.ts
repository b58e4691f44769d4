import { describe, expect, it } from 'vitest';
import { claimPass, claimRejectionsFor, linkClaimsToRelations } from '../../../shared/claims';
import { findDates } from '../../../shared/dates';
import { applyOp, type Case, checkInvariants, createId, type Relation } from '../../../shared/model';
import { hasSeed, seedCase } from './seedCase';

function run(publishedAt?: string) {
  const s = seedCase(publishedAt);
  const c = applyOp(s.c, claimPass(s.c).op).state;
  const slice = (sp?: { start: number; end: number }) => (sp ? s.text.slice(sp.start, sp.end) : '');
  const by = (speaker: string, verb: string) => c.claims.filter((cl) => (cl.speakerId ? cl.speakerId === s.idOf(speaker) : cl.speakerLabel === speaker) && cl.verb === verb);
  const event = (name: string) => c.entities.find((e) => e.type === 'event' && e.name === name);
  return { ...s, c, slice, by, event };
}

// The seed article lives in ../shared beside the repository (or $CASEBOARD_SHARED); without it there is nothing to read.
describe.skipIf(!hasSeed)('claims, dates and events of the seed article (needs ../shared/seed)', () => {
  const r = hasSeed ? run() : ({} as ReturnType<typeof run>);

  it('finds the claims an analyst expects, each with its speaker', () => {
    const [breakdown] = r.by('Attaullah Tarar', 'confirmed');
    expect(r.slice(breakdown?.content)).toMatch(/^the breakdown of the four-day dialogue/);
    const [evidence] = r.by('Attaullah Tarar', 'according to');
    expect(r.slice(evidence?.content)).toMatch(/^Pakistan shared extensive proof/);
    expect(evidence!.about).toEqual(expect.arrayContaining([r.idOf('Tehreek-e-Taliban Pakistan'), r.idOf('Balochistan Liberation Army')]));
    const [warning] = r.by('Khawaja Asif', 'warning');
    expect(warning!.about).toContain(r.idOf('Kabul'));
    const [dismissal] = r.by('Khawaja Asif', 'dismissed');
    expect(dismissal!.about).toContain(r.idOf('Tehreek-e-Taliban Pakistan'));
    const [expectations] = r.by('a senior official', 'said');
    expect(r.slice(expectations?.content)).toMatch(/^Our expectations were clear and reasonable/);
  });

  it('resolves "he" and "the minister" to the person the article was talking about', () => {
    const said = r.by('Attaullah Tarar', 'said').map((cl) => r.slice(cl.content));
    expect(said).toContainEqual(expect.stringMatching(/^Our demands were logical/));
    expect(r.by('Attaullah Tarar', 'described')).toHaveLength(1);
    expect(r.by('Attaullah Tarar', 'accused')[0]!.about).toContain(r.idOf('Taliban regime'));
    // "Defense Minister Khawaja Asif echoed Tarar’s frustration ... “If Islamabad even looks at them ...,” he said"
    expect(r.by('Khawaja Asif', 'said').map((cl) => r.slice(cl.content))).toContainEqual(expect.stringMatching(/^If Islamabad even looks at them/));
    expect(r.by('officials involved in the process', 'said')).toHaveLength(1);
  });

  it('every claim is a suggestion whose content lies inside its evidence, and the case stays valid', () => {
    expect(r.c.claims.length).toBeGreaterThanOrEqual(12);
    for (const cl of r.c.claims) {
      expect(cl.status).toBe('suggested');
      expect(cl.content!.start).toBeGreaterThanOrEqual(cl.evidence.start);
      expect(cl.content!.end).toBeLessThanOrEqual(cl.evidence.end);
    }
    expect(checkInvariants(r.c)).toEqual([]);
  });

  it('resolves October 2025 and October 19, the year from the text or from the publication date', () => {
    const dates = findDates(r.text);
    expect(dates.find((d) => d.text === 'October 2025')?.range).toEqual({ start: '2025-10', basis: 'explicit' });
    expect(dates.find((d) => d.text === 'October 19')).toMatchObject({ range: { start: '2025-10-19' }, reference: 'text' });
    expect(findDates(r.text, { publishedAt: '2025-10-30' }).find((d) => d.text === 'October 19')).toMatchObject({ range: { start: '2025-10-19' }, reference: 'publication' });
    expect(r.c.entities.find((e) => e.name === 'October 19')?.date).toEqual({ start: '2025-10-19', basis: 'relative' });
    expect(r.c.entities.find((e) => e.name === 'October 2025')?.date).toEqual({ start: '2025-10', basis: 'explicit' });
  });

  it('finds the talks, the Doha ceasefire and the announced operation as dated events', () => {
    const talks = r.event('Istanbul talks');
    expect(talks?.date).toEqual({ start: '2025-10', basis: 'explicit' });
    const forms = r.c.mentions.filter((m) => m.entityId === talks!.id).map((m) => r.slice(m));
    expect(forms).toEqual(expect.arrayContaining(['round of negotiations', 'dialogue', 'talks', 'Istanbul dialogue']));
    expect(r.event('Doha ceasefire')?.date).toEqual({ start: '2025-10-19', basis: 'relative' });
    expect(r.event('operation against terrorist groups')?.date).toEqual({ start: '2025-10', basis: 'relative' });
    // With a publication date, the operation announced in the lead is dated by it, and claims are too.
    const p = run('2025-10-30');
    expect(p.event('operation against terrorist groups')?.date).toEqual({ start: '2025-10-30', basis: 'relative' });
    expect(p.c.claims.every((cl) => cl.date?.start === '2025-10-30')).toBe(true);
  });

  it('a second run adds nothing, and a rejected claim is not suggested again', () => {
    expect(claimPass(r.c).stats).toMatchObject({ claimsAdded: 0, eventsAdded: 0 });
    const victim = r.by('a senior official', 'said')[0]!;
    const withoutIt: Case = applyOp(r.c, { op: 'deleteClaims', ids: [victim.id] }).state;
    const rejected = { ...withoutIt, rejections: [...(withoutIt.rejections ?? []), ...claimRejectionsFor(r.c, [victim.id])] };
    const again = applyOp(rejected, claimPass(rejected).op).state;
    expect(again.claims.filter((cl) => cl.speakerLabel === 'a senior official')).toHaveLength(0);
    expect(again.claims).toHaveLength(r.c.claims.length - 1);
  });

  it('links claims to the relation between speaker (or the country he speaks for) and what the claim is about', () => {
    const rel = (source: string, target: string, type: string): Relation => ({ id: createId('rel'), source: r.idOf(source), target: r.idOf(target), type, directed: true, evidence: [], status: 'accepted' });
    const links = [rel('Khawaja Asif', 'Tehreek-e-Taliban Pakistan', 'talks with'), rel('Attaullah Tarar', 'Pakistan', 'official of'), rel('Pakistan', 'Taliban regime', 'accuses')];
    const c = links.reduce((acc, relation) => applyOp(acc, { op: 'addRelation', relation }).state, r.c);
    const linked = linkClaimsToRelations(c).reduce((acc, op) => applyOp(acc, op).state, c);
    const relOf = (speaker: string, verb: string) => linked.claims.find((cl) => cl.speakerId === r.idOf(speaker) && cl.verb === verb)?.relationId;
    expect(relOf('Khawaja Asif', 'dismissed')).toBe(links[0]!.id);
    expect(relOf('Attaullah Tarar', 'accused')).toBe(links[2]!.id);
  });
});
