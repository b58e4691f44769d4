import { OpError, type Op, type PrimitiveOp } from './ops';
import { nfc, safeName } from './text';
import type { Case, Claim, Entity, Evidence, Mention, Relation, Source } from './schema';

const byId = <T extends { id: string }>(list: T[], id: string, what: string): T => {
  const found = list.find((x) => x.id === id);
  if (!found) throw new OpError(`no ${what} "${id}"`);
  return found;
};

function checkSpan(c: Case, where: string, s: { sourceId: string; start: number; end: number }) {
  const src = c.sources.find((x) => x.id === s.sourceId);
  if (!src) throw new OpError(`${where}: no source "${s.sourceId}"`);
  if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= src.text.length))
    throw new OpError(`${where}: span ${s.start}–${s.end} is not inside source "${src.title}"`);
}

function checkNewIds(c: Case, ids: string[]) {
  const all = new Set<string>();
  for (const list of [c.sources, c.entities, c.mentions, c.relations, c.claims]) for (const r of list) all.add(r.id);
  for (const id of ids) {
    if (all.has(id)) throw new OpError(`id "${id}" is already used`);
    all.add(id);
  }
}

function checkMentions(c: Case, mentions: Mention[], entityIds: Set<string>) {
  for (const m of mentions) {
    if (!entityIds.has(m.entityId)) throw new OpError(`mention "${m.id}": no entity "${m.entityId}"`);
    checkSpan(c, `mention "${m.id}"`, m);
  }
}

function checkRelation(c: Case, r: Relation) {
  const ids = new Set(c.entities.map((e) => e.id));
  if (!ids.has(r.source)) throw new OpError(`link "${r.id}": no entity "${r.source}"`);
  if (!ids.has(r.target)) throw new OpError(`link "${r.id}": no entity "${r.target}"`);
  r.evidence.forEach((e: Evidence, i) => checkSpan(c, `link "${r.id}" evidence ${i + 1}`, e));
}

/** Everything that refers to the given entities: their mentions, links and positions. */
function cascadeEntities(c: Case, ids: Set<string>): PrimitiveOp[] {
  const mentions = c.mentions.filter((m) => ids.has(m.entityId)).map((m) => m.id);
  const relations = c.relations.filter((r) => ids.has(r.source) || ids.has(r.target)).map((r) => r.id);
  const positions = Object.fromEntries([...ids].filter((id) => c.layout.positions[id]).map((id) => [id, null]));
  const out: PrimitiveOp[] = [];
  const names = new Map(c.entities.filter((e) => ids.has(e.id)).map((e) => [e.id, e.name]));
  const removedRelations = new Set(relations);
  // A claim outlives its speaker's entity: the speaker is kept by name, as for unnamed speakers.
  const claims = c.claims
    .filter((cl) => (cl.speakerId && ids.has(cl.speakerId)) || cl.about.some((a) => ids.has(a)) || (cl.relationId && removedRelations.has(cl.relationId)))
    .map((cl) => {
      const next: Claim = { ...cl, about: cl.about.filter((a) => !ids.has(a)) };
      if (cl.speakerId && ids.has(cl.speakerId)) {
        delete next.speakerId;
        next.speakerLabel = cl.speakerLabel ?? names.get(cl.speakerId);
      }
      if (cl.relationId && removedRelations.has(cl.relationId)) delete next.relationId;
      return next;
    });
  if (claims.length) out.push({ op: 'put', collection: 'claims', items: claims });
  if (relations.length) out.push({ op: 'remove', collection: 'relations', ids: relations });
  if (mentions.length) out.push({ op: 'remove', collection: 'mentions', ids: mentions });
  if (Object.keys(positions).length) out.push({ op: 'setPositions', positions });
  out.push({ op: 'remove', collection: 'entities', ids: [...ids] });
  return out;
}

function checkClaim(c: Case, cl: Claim) {
  const entities = new Set(c.entities.map((e) => e.id));
  if (cl.speakerId && !entities.has(cl.speakerId)) throw new OpError(`claim "${cl.id}": no entity "${cl.speakerId}" as speaker`);
  for (const a of cl.about) if (!entities.has(a)) throw new OpError(`claim "${cl.id}": no entity "${a}"`);
  if (cl.relationId && !c.relations.some((r) => r.id === cl.relationId)) throw new OpError(`claim "${cl.id}": no link "${cl.relationId}"`);
  checkSpan(c, `claim "${cl.id}" evidence`, cl.evidence);
  if (cl.content) checkSpan(c, `claim "${cl.id}" content`, cl.content);
}

/** Optional fields patched to null (or empty notes) are removed, so the file keeps no empty keys. */
function withoutCleared<T extends object>(record: T): T {
  const out = { ...record } as Record<string, unknown>;
  for (const key of ['notes', 'credibility', 'reliability', 'date', 'speakerId', 'speakerLabel', 'relationId', 'speakerReliability', 'content'])
    if (out[key] === null || out[key] === undefined || out[key] === '') delete out[key];
  return out as T;
}

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

function uniqueNames(names: string[], exclude: string): string[] {
  const out: string[] = [];
  for (const n of names) if (!sameName(n, exclude) && !out.some((o) => sameName(o, n))) out.push(n);
  return out;
}

/** Turn an operation into primitive edits, checking that it fits the case first. */
export function expand(c: Case, op: Op): PrimitiveOp[] {
  switch (op.op) {
    case 'put':
    case 'insertAt':
    case 'remove':
    case 'setPositions':
    case 'setCaseFields':
      return [op];
    case 'batch':
      throw new OpError('batch is applied by applyOp');
    case 'addSource': {
      checkNewIds(c, [op.source.id]);
      // Offsets into a source are only ever made against its stored (NFC) text.
      const source = { ...op.source, title: safeName(op.source.title) || 'Untitled', text: nfc(op.source.text) };
      return [{ op: 'put', collection: 'sources', items: [source] }];
    }
    case 'updateSource': {
      const src = byId(c.sources, op.id, 'source');
      return [{ op: 'put', collection: 'sources', items: [withoutCleared({ ...src, ...op.patch } as Source)] }];
    }
    case 'deleteSource': {
      byId(c.sources, op.id, 'source');
      const mentions = c.mentions.filter((m) => m.sourceId === op.id).map((m) => m.id);
      const touched = c.relations
        .filter((r) => r.evidence.some((e) => e.sourceId === op.id))
        .map((r) => ({ ...r, evidence: r.evidence.filter((e) => e.sourceId !== op.id) }));
      const claims = c.claims.filter((cl) => cl.evidence.sourceId === op.id).map((cl) => cl.id);
      const out: PrimitiveOp[] = [];
      if (claims.length) out.push({ op: 'remove', collection: 'claims', ids: claims });
      if (touched.length) out.push({ op: 'put', collection: 'relations', items: touched });
      if (mentions.length) out.push({ op: 'remove', collection: 'mentions', ids: mentions });
      out.push({ op: 'remove', collection: 'sources', ids: [op.id] });
      return out;
    }
    case 'addEntity': {
      const mentions = op.mentions ?? [];
      checkNewIds(c, [op.entity.id, ...mentions.map((m) => m.id)]);
      checkMentions(c, mentions, new Set([op.entity.id]));
      const entity = { ...op.entity, name: safeName(op.entity.name), aliases: op.entity.aliases.map(safeName).filter(Boolean) };
      if (!entity.name) throw new OpError('an entity needs a name');
      const out: PrimitiveOp[] = [{ op: 'put', collection: 'entities', items: [entity] }];
      if (mentions.length) out.push({ op: 'put', collection: 'mentions', items: mentions });
      if (op.position) out.push({ op: 'setPositions', positions: { [op.entity.id]: op.position } });
      return out;
    }
    case 'updateEntity': {
      const e = byId(c.entities, op.id, 'entity');
      const next = withoutCleared({ ...e, ...op.patch } as Entity);
      if (op.patch.name !== undefined) next.name = safeName(op.patch.name);
      if (op.patch.aliases) next.aliases = op.patch.aliases.map(safeName).filter(Boolean);
      if (!next.name) throw new OpError('an entity needs a name');
      return [{ op: 'put', collection: 'entities', items: [next] }];
    }
    case 'deleteEntities': {
      op.ids.forEach((id) => byId(c.entities, id, 'entity'));
      return cascadeEntities(c, new Set(op.ids));
    }
    case 'addMentions': {
      checkNewIds(c, op.mentions.map((m) => m.id));
      checkMentions(c, op.mentions, new Set(c.entities.map((e) => e.id)));
      return [{ op: 'put', collection: 'mentions', items: op.mentions }];
    }
    case 'deleteMentions':
      op.ids.forEach((id) => byId(c.mentions, id, 'mention'));
      return [{ op: 'remove', collection: 'mentions', ids: op.ids }];
    case 'addRelation': {
      checkNewIds(c, [op.relation.id]);
      const relation = { ...op.relation, type: safeName(op.relation.type) || 'associated with' };
      checkRelation(c, relation);
      return [{ op: 'put', collection: 'relations', items: [relation] }];
    }
    case 'updateRelation': {
      const r = byId(c.relations, op.id, 'link');
      const next = withoutCleared({ ...r, ...op.patch } as Relation);
      if (op.patch.type !== undefined) next.type = safeName(op.patch.type) || r.type;
      checkRelation(c, next);
      return [{ op: 'put', collection: 'relations', items: [next] }];
    }
    case 'deleteRelations': {
      op.ids.forEach((id) => byId(c.relations, id, 'link'));
      const gone = new Set(op.ids);
      const claims = c.claims
        .filter((cl) => cl.relationId && gone.has(cl.relationId))
        .map((cl) => {
          const next = { ...cl };
          delete next.relationId;
          return next;
        });
      const out: PrimitiveOp[] = [];
      if (claims.length) out.push({ op: 'put', collection: 'claims', items: claims });
      out.push({ op: 'remove', collection: 'relations', ids: op.ids });
      return out;
    }
    case 'addClaims':
      checkNewIds(c, op.claims.map((cl) => cl.id));
      op.claims.forEach((cl) => checkClaim(c, cl));
      return [{ op: 'put', collection: 'claims', items: op.claims }];
    case 'updateClaim': {
      const cl = byId(c.claims, op.id, 'claim');
      const next = withoutCleared({ ...cl, ...op.patch } as Claim);
      checkClaim(c, next);
      return [{ op: 'put', collection: 'claims', items: [next] }];
    }
    case 'deleteClaims':
      op.ids.forEach((id) => byId(c.claims, id, 'claim'));
      return [{ op: 'remove', collection: 'claims', ids: op.ids }];
    case 'mergeEntities': {
      const target = byId(c.entities, op.targetId, 'entity');
      const ids = new Set(op.sourceIds.filter((id) => id !== op.targetId));
      if (ids.size === 0) throw new OpError('choose at least two entities to merge');
      const merged = [...ids].map((id) => byId(c.entities, id, 'entity'));
      const notes = [target.notes, ...merged.map((m) => m.notes)].filter(Boolean).join('\n\n');
      const next: Entity = {
        ...target,
        aliases: uniqueNames([...target.aliases, ...merged.flatMap((m) => [m.name, ...m.aliases])], target.name),
        status: [target, ...merged].some((e) => e.status === 'accepted') ? 'accepted' : target.status,
      };
      if (notes) next.notes = notes;
      const mentions = c.mentions.filter((m) => ids.has(m.entityId)).map((m) => ({ ...m, entityId: target.id }));
      const relations = c.relations
        .filter((r) => ids.has(r.source) || ids.has(r.target))
        .map((r) => ({ ...r, source: ids.has(r.source) ? target.id : r.source, target: ids.has(r.target) ? target.id : r.target }));
      const positions = Object.fromEntries([...ids].filter((id) => c.layout.positions[id]).map((id) => [id, null]));
      const claims = c.claims
        .filter((cl) => (cl.speakerId && ids.has(cl.speakerId)) || cl.about.some((a) => ids.has(a)))
        .map((cl) => ({
          ...cl,
          ...(cl.speakerId && ids.has(cl.speakerId) ? { speakerId: target.id } : {}),
          about: [...new Set(cl.about.map((a) => (ids.has(a) ? target.id : a)))],
        }));
      const out: PrimitiveOp[] = [{ op: 'put', collection: 'entities', items: [next] }];
      if (mentions.length) out.push({ op: 'put', collection: 'mentions', items: mentions });
      if (relations.length) out.push({ op: 'put', collection: 'relations', items: relations });
      if (claims.length) out.push({ op: 'put', collection: 'claims', items: claims });
      if (Object.keys(positions).length) out.push({ op: 'setPositions', positions });
      out.push({ op: 'remove', collection: 'entities', ids: [...ids] });
      return out;
    }
    case 'splitAlias': {
      const e = byId(c.entities, op.entityId, 'entity');
      if (!e.aliases.some((a) => sameName(a, op.alias))) throw new OpError(`"${op.alias}" is not an alias of "${e.name}"`);
      checkNewIds(c, [op.newEntityId]);
      const texts = new Map(c.sources.map((s) => [s.id, s.text]));
      const moved = c.mentions
        .filter((m) => m.entityId === e.id && sameName(texts.get(m.sourceId)!.slice(m.start, m.end), op.alias))
        .map((m) => ({ ...m, entityId: op.newEntityId }));
      const fresh: Entity = { id: op.newEntityId, name: op.alias, type: e.type, aliases: [], status: e.status };
      const out: PrimitiveOp[] = [
        { op: 'put', collection: 'entities', items: [{ ...e, aliases: e.aliases.filter((a) => !sameName(a, op.alias)) }, fresh] },
      ];
      if (moved.length) out.push({ op: 'put', collection: 'mentions', items: moved });
      const pos = c.layout.positions[e.id];
      if (pos) out.push({ op: 'setPositions', positions: { [op.newEntityId]: { x: pos.x + 60, y: pos.y + 40 } } });
      return out;
    }
    case 'setStatus': {
      const pick = <T extends { id: string; status: string }>(list: T[], ids: string[] | undefined, what: string) =>
        (ids ?? []).map((id) => ({ ...byId(list, id, what), status: op.status }));
      const out: PrimitiveOp[] = [];
      const ents = pick(c.entities, op.entityIds, 'entity');
      const rels = pick(c.relations, op.relationIds, 'link');
      const mens = pick(c.mentions, op.mentionIds, 'mention');
      const clms = pick(c.claims, op.claimIds, 'claim');
      if (clms.length) out.push({ op: 'put', collection: 'claims', items: clms });
      if (ents.length) out.push({ op: 'put', collection: 'entities', items: ents });
      if (rels.length) out.push({ op: 'put', collection: 'relations', items: rels });
      if (mens.length) out.push({ op: 'put', collection: 'mentions', items: mens });
      return out;
    }
    case 'renameCase':
      return [{ op: 'setCaseFields', fields: { title: op.title } }];
  }
}
