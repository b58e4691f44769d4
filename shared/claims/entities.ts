import type { Case } from '../model';
import type { EntityRef } from './types';

/** The case's entities with their mentions in one source, as findClaims and findEvents take them. */
export function entityRefs(c: Case, sourceId: string): EntityRef[] {
  const spans = new Map<string, { start: number; end: number }[]>();
  for (const m of c.mentions) {
    if (m.sourceId !== sourceId) continue;
    if (!spans.has(m.entityId)) spans.set(m.entityId, []);
    spans.get(m.entityId)!.push({ start: m.start, end: m.end });
  }
  return c.entities.flatMap((e) => {
    const s = spans.get(e.id);
    return s ? [{ id: e.id, name: e.name, aliases: e.aliases, type: e.type, spans: s }] : [];
  });
}
