import type { Entity } from '../model/schema';

/** What STIX object an entity becomes. See docs/adr/0003-graph-formats.md for the table and the reasons. */
export type StixKind =
  | { type: 'identity'; identityClass: 'individual' | 'organization' | 'group' | 'class' | 'system' | 'unknown' }
  | { type: 'threat-actor'; actorTypes?: string[] }
  | { type: 'intrusion-set' }
  | { type: 'location' }
  | { type: 'note' };

const slugType = (t: string) => t.trim().toLowerCase().replace(/[\s_]+/g, '-');

const PEOPLE = new Set(['person', 'individual', 'people']);
const ORGS = new Set(['organization', 'organisation', 'company', 'agency', 'ministry', 'government', 'party', 'institution']);
const ARMED = new Set([
  'armed-group',
  'militant-group',
  'militant',
  'militia',
  'terrorist-group',
  'terrorist-organization',
  'insurgent-group',
  'rebel-group',
  'threat-actor',
]);
const CYBER = new Set(['intrusion-set', 'apt', 'cyber-group', 'hacker-group']);
const PLACES = new Set(['country', 'location', 'place', 'city', 'region', 'province', 'state', 'gpe']);
const MOMENTS = new Set(['event', 'date', 'time']);
const CLASSES = new Set(['group', 'class', 'system']);

/** Words in an organisation's notes, name or aliases that mark it as an armed group. */
const ARMED_WORDS =
  /\b(militants?|militias?|armed (group|wing|faction)|insurgen\w*|terror\w*|jihad\w*|separatists?|rebels?|guerrillas?|liberation (army|front))\b/i;
const TERROR_WORDS = /\bterror\w*/i;

export function stixKind(e: Entity): StixKind {
  const t = slugType(e.type);
  if (PEOPLE.has(t)) return { type: 'identity', identityClass: 'individual' };
  if (CYBER.has(t)) return { type: 'intrusion-set' };
  if (PLACES.has(t)) return { type: 'location' };
  if (MOMENTS.has(t)) return { type: 'note' };
  const words = [e.name, ...e.aliases, e.notes ?? ''].join('\n');
  const terror = TERROR_WORDS.test(words) || t.startsWith('terror');
  if (ARMED.has(t) || (ORGS.has(t) && ARMED_WORDS.test(words))) return terror ? { type: 'threat-actor', actorTypes: ['terrorist'] } : { type: 'threat-actor' };
  if (ORGS.has(t)) return { type: 'identity', identityClass: 'organization' };
  if (CLASSES.has(t)) return { type: 'identity', identityClass: t as 'group' | 'class' | 'system' };
  return { type: 'identity', identityClass: 'unknown' };
}

/**
 * STIX relationship_type must match ^[a-z0-9-]+$. Accents are folded ("mediación" → "mediacion");
 * a type with no Latin letters or digits left (e.g. written in Urdu) becomes "related-to", and the
 * original always travels in x_caseboard_type.
 */
export function relationshipType(type: string): string {
  const slug = type
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'related-to';
}

/**
 * Admiralty credibility (1–6) → STIX confidence (0–100), per the STIX 2.1 confidence appendix:
 * 1 confirmed 90, 2 probably true 70, 3 possibly true 50, 4 doubtful 30, 5 improbable 10,
 * 6 cannot be judged → no confidence property.
 */
export function confidenceOf(credibility: number | undefined): number | undefined {
  return credibility === undefined ? undefined : ({ 1: 90, 2: 70, 3: 50, 4: 30, 5: 10 } as Record<number, number>)[credibility];
}
