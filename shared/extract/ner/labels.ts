/*
 * The tagger's label set: BIO over persons, organisations, locations and other names (MISC: works,
 * awards, nationalities...). MISC is learnt so that capitalised non-entities do not blur the O label;
 * the pass keeps such spans only where its rules give them a type (events).
 */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Label = (typeof LABELS)[number];
export const N_LABELS = LABELS.length;
export const KIND_OF_LABEL = ['', 'person', 'person', 'organization', 'organization', 'location', 'location', 'other', 'other'] as const;
export const LABEL_INDEX: Record<string, number> = Object.fromEntries(LABELS.map((l, i) => [l, i]));
