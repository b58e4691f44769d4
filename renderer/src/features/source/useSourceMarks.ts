import { useMemo } from 'react';
import type { Case, Source } from '../../../../shared/model';
import { typeDef } from '../../model/entityTypes';
import type { Passage, Selection } from '../../store/workbench';
import { marksByParagraph, marksSignature, splitParagraphs, type Mark } from './highlight';
import { entityById, relationById } from '../../model/caseIndex';

/** Paragraphs of the current source and the marks (mentions, evidence, a flashed passage) in each. */
export function useSourceMarks(c: Case, source: Source | undefined, selection: Selection, passage: Passage | null) {
  const text = source?.text ?? '';
  const paragraphs = useMemo(() => splitParagraphs(text), [text]);

  const mentionMarks = useMemo(() => {
    if (!source) return [];
    const entities = entityById(c.entities);
    const out: Mark[] = [];
    for (const m of c.mentions) {
      if (m.sourceId !== source.id) continue;
      const e = entities.get(m.entityId);
      if (!e) continue;
      const def = typeDef(c, e.type);
      out.push({
        kind: 'mention',
        id: m.id,
        entityId: e.id,
        start: m.start,
        end: m.end,
        color: def.color,
        suggested: m.status === 'suggested' || e.status === 'suggested',
        title: `${e.name} · ${def.label}${e.status === 'suggested' ? ' (suggested)' : ''}`,
      });
    }
    return out.sort((a, b) => a.start - b.start);
  }, [c.mentions, c.entities, c.entityTypes, source]);

  const byParagraph = useMemo(() => {
    if (!source) return new Map<number, Mark[]>();
    const selected = new Set(selection.entities);
    const marks: Mark[] = mentionMarks.map((m) => (selected.has(m.entityId!) ? { ...m, selected: true } : m));
    for (const rid of selection.relations) {
      const r = relationById(c.relations).get(rid);
      r?.evidence.forEach((e, i) => {
        if (e.sourceId === source.id) marks.push({ kind: 'evidence', id: `${rid}#${i}`, start: e.start, end: e.end });
      });
    }
    for (const cid of selection.claims ?? []) {
      const cl = c.claims.find((x) => x.id === cid);
      if (cl?.evidence.sourceId === source.id) marks.push({ kind: 'evidence', id: `${cid}#claim`, start: cl.evidence.start, end: cl.evidence.end });
    }
    if (passage && passage.sourceId === source.id) marks.push({ kind: 'passage', id: `p${passage.nonce}`, start: passage.start, end: passage.end });
    return marksByParagraph(paragraphs, marks);
  }, [mentionMarks, selection, passage, c.relations, c.claims, paragraphs, source]);

  const sigs = useMemo(() => new Map([...byParagraph].map(([i, marks]) => [i, marksSignature(marks)])), [byParagraph]);
  return { text, paragraphs, byParagraph, sigs };
}
