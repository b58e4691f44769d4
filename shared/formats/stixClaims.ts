import type { Claim } from '../model/schema';
import { dateText } from './rows';
import { compact, header, type StixContext, type StixObject } from './stixCommon';
import { confidenceOf } from './stixKinds';

const slice = (x: StixContext, span: Claim['evidence']) => x.c.sources.find((s) => s.id === span.sourceId)?.text.slice(span.start, span.end) ?? '';

/**
 * Claims (reported speech: who said what about whom) → STIX notes: the speaker as author, the reported
 * words as content, the subjects, the speaker and the link the claim supports as object_refs. A note is
 * the STIX object for "someone's statement about these objects"; opinion would be the producer's own view.
 * The claim's credibility gives confidence as for links; the speaker's reliability is kept as is.
 */
export function claimNotes(x: StixContext, emitted: Set<string>): StixObject[] {
  const names = new Map(x.c.entities.map((e) => [e.id, e.name]));
  return (x.c.claims ?? []).flatMap((cl) => {
    const refs = [cl.speakerId, ...cl.about].flatMap((id) => (id && x.ids.has(id) ? [x.ids.get(id)!] : []));
    if (cl.relationId) refs.push(header(x, 'relationship', `relation/${cl.relationId}`).id);
    const objectRefs = [...new Set(refs)].filter((id) => emitted.has(id));
    if (!objectRefs.length) return [];
    const speaker = (cl.speakerId && names.get(cl.speakerId)) || cl.speakerLabel || 'unnamed speaker';
    return [
      compact({
        ...header(x, 'note', `claim/${cl.id}`),
        abstract: `${speaker} ${cl.verb}`,
        content: slice(x, cl.content ?? cl.evidence) || slice(x, cl.evidence),
        authors: [speaker],
        object_refs: objectRefs,
        confidence: confidenceOf(cl.credibility),
        description: cl.notes,
        x_caseboard_id: cl.id,
        x_caseboard_kind: 'claim',
        x_caseboard_verb: cl.verb,
        x_caseboard_evidence: slice(x, cl.evidence),
        x_caseboard_source_ref: header(x, 'report', `source/${cl.evidence.sourceId}`).id,
        x_caseboard_speaker_reliability: cl.speakerReliability,
        x_caseboard_credibility: cl.credibility,
        x_caseboard_date: cl.date ? dateText(cl.date) : undefined,
        x_caseboard_status: cl.status,
      }) as StixObject,
    ];
  });
}
