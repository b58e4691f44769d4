/** The training corpora of ../shared/train the shipped tagger and casing list use, in a fixed order. */
export const DEFAULT_CORPORA = ['gum', 'wikigold', 'uner_pud', 'uner_ewt', 'redocred', 'crossner', 'multiner_en', 'btc', 'wnut17'];
