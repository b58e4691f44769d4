import { createId, type Case, type Entity, type Mention } from '../../model';
import { governanceKey, nameKey } from '../names';
import type { Group } from '../resolve';
import { isDemonym } from '../rules/tokens';

/*
 * The entities a pass can attach mentions to: those already in the case (found by name or alias, the
 * analyst's merges included) and those the pass creates. Existing records are never changed.
 */
export class EntityRegistry {
  private readonly byKey = new Map<string, string>();
  readonly created = new Map<string, { entity: Entity; mentions: Mention[] }>();
  readonly existing = new Set<string>();
  private readonly spans = new Map<string, [number, number][]>();

  constructor(c: Case) {
    for (const e of c.entities) {
      this.existing.add(e.id);
      for (const n of [e.name, ...e.aliases]) this.register(n, e.id);
    }
    for (const m of c.mentions) this.spanList(m.sourceId).push([m.start, m.end]);
  }

  private register(name: string, id: string) {
    for (const key of keysOf(name)) if (!this.byKey.has(key)) this.byKey.set(key, id);
  }

  private spanList(sourceId: string) {
    if (!this.spans.has(sourceId)) this.spans.set(sourceId, []);
    return this.spans.get(sourceId)!;
  }

  /** The entity for a group: the known one, one with a matching name or alias, or none. */
  find(g: Group): string | undefined {
    if (g.knownId && this.existing.has(g.knownId)) return g.knownId;
    for (const form of [g.name, ...g.forms]) for (const key of keysOf(form)) if (this.byKey.has(key)) return this.byKey.get(key);
    return undefined;
  }

  create(g: Group): string {
    const id = createId('ent');
    const aliases = g.forms.filter((f) => nameKey(f) !== nameKey(g.name));
    this.created.set(id, { entity: { id, name: g.name, type: g.type, aliases, status: 'suggested' }, mentions: [] });
    for (const n of [g.name, ...g.forms]) this.register(n, id);
    return id;
  }

  /** Forgets an entity created for a group none of whose mentions could be added. */
  discard(id: string) {
    this.created.delete(id);
    for (const [key, value] of this.byKey) if (value === id) this.byKey.delete(key);
  }

  /** A mention is added unless it overlaps one the case (or this pass) already has in that source. */
  addMention(entityId: string, sourceId: string, start: number, end: number): Mention | null {
    const list = this.spanList(sourceId);
    if (list.some(([s, e]) => s < end && start < e)) return null;
    list.push([start, end]);
    const m: Mention = { id: createId('men'), entityId, sourceId, start, end, status: 'suggested' };
    this.created.get(entityId)?.mentions.push(m);
    return m;
  }
}

function keysOf(name: string): string[] {
  const keys = [nameKey(name)];
  const gov = governanceKey(name, isDemonym);
  if (gov) keys.push(gov);
  return keys.filter(Boolean);
}
