import { DEFAULT_TYPE_COLORS } from '../../../shared/formats/style';
import { DEFAULT_ENTITY_TYPES, type Case, type EntityTypeDef } from '../../../shared/model';

/** Colours are the ones exports use (so an exported image looks like the screen); shapes give a second cue. */
const SHAPES: Record<string, [label: string, shape: string]> = {
  person: ['Person', 'ellipse'],
  organization: ['Organization', 'round-rectangle'],
  country: ['Country', 'hexagon'],
  location: ['Location', 'diamond'],
  event: ['Event', 'star'],
  date: ['Date', 'tag'],
  other: ['Other', 'round-triangle'],
};
const DEFAULTS: Record<string, EntityTypeDef> = Object.fromEntries(
  Object.entries(SHAPES).map(([id, [label, shape]]) => [id, { id, label, shape, color: DEFAULT_TYPE_COLORS[id] ?? '#8c8c8c' }]),
);

const EXTRA_COLORS = ['#ec4899', '#84cc16', '#f97316', '#0ea5e9', '#d946ef', '#14b8a6', '#eab308'];

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return Math.abs(h);
}

const titleCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The look of one entity type: the case's own definition, the default, or a stable colour for a new name. */
export function typeDef(c: Pick<Case, 'entityTypes'>, type: string): EntityTypeDef {
  const custom = c.entityTypes?.find((t) => t.id === type);
  if (custom) return custom;
  const known = DEFAULTS[type];
  if (known) return known;
  return { id: type, label: titleCase(type), color: EXTRA_COLORS[hash(type) % EXTRA_COLORS.length]!, shape: 'ellipse' };
}

/** Every type the case can use: defaults, the case's own, and any type an entity already has. */
export function entityTypes(c: Pick<Case, 'entityTypes' | 'entities'>): EntityTypeDef[] {
  // Every table row's type cell asks for this list: one scan of the entities per case change, not per row.
  const hit = typesCache.get(c.entities);
  if (hit && hit.custom === c.entityTypes) return hit.types;
  const ids = new Set<string>(DEFAULT_ENTITY_TYPES);
  for (const t of c.entityTypes ?? []) ids.add(t.id);
  for (const e of c.entities) ids.add(e.type);
  const types = [...ids].map((id) => typeDef(c, id));
  typesCache.set(c.entities, { custom: c.entityTypes, types });
  return types;
}

const typesCache = new WeakMap<object, { custom: unknown; types: EntityTypeDef[] }>();
