/** The tagger's label set: BIO over the three name types the training corpora agree on. */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export type Label = (typeof LABELS)[number];
export const N_LABELS = LABELS.length;
export const KIND_OF_LABEL = ['', 'person', 'person', 'organization', 'organization', 'location', 'location'] as const;
export const LABEL_INDEX: Record<string, number> = Object.fromEntries(LABELS.map((l, i) => [l, i]));
