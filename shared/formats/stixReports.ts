import { compact, header, type StixContext, type StixObject } from './stixCommon';
import { stixTime, stixUrl } from './stixIds';

/**
 * One report per source, referring to what the source supports: the objects of entities mentioned in
 * it, and the relationships and notes whose evidence lies in it. A source nothing is traced to is left
 * out, since a STIX report must refer to at least one object.
 */
export function stixReports(x: StixContext, emitted: Set<string>): StixObject[] {
  const { c } = x;
  return c.sources.flatMap((s) => {
    const refs = new Set<string>();
    for (const m of c.mentions) if (m.sourceId === s.id) refs.add(x.ids.get(m.entityId) ?? '');
    for (const r of c.relations) {
      if (!r.evidence.some((e) => e.sourceId === s.id)) continue;
      refs.add(header(x, 'relationship', `relation/${r.id}`).id);
      // Links folded into a note are evidenced there.
      for (const end of [r.source, r.target]) if (x.kinds.get(end)?.type === 'note') refs.add(x.ids.get(end) ?? '');
    }
    for (const cl of c.claims ?? []) if (cl.evidence.sourceId === s.id) refs.add(header(x, 'note', `claim/${cl.id}`).id);
    const objectRefs = [...refs].filter((id) => emitted.has(id));
    if (!objectRefs.length) return [];
    const url = stixUrl(s.origin.url);
    const report = compact({
      ...header(x, 'report', `source/${s.id}`),
      name: s.title || 'Untitled source',
      description: s.text,
      report_types: ['threat-report'],
      published: stixTime(s.origin.publishedAt) ?? stixTime(s.addedAt) ?? x.created,
      object_refs: objectRefs,
      external_references: url ? [{ source_name: s.origin.publisher || 'source', url }] : undefined,
      x_caseboard_id: s.id,
      x_caseboard_reliability: s.reliability,
      x_caseboard_publisher: s.origin.publisher,
      x_caseboard_url: s.origin.url && !url ? s.origin.url : undefined,
      x_caseboard_published_at: s.origin.publishedAt,
      x_caseboard_file: s.origin.file,
    });
    return [report as StixObject];
  });
}
