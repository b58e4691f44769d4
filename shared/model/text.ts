/**
 * Text hygiene at the model boundary. Source text is stored in NFC (so the same words compare and search
 * alike whatever produced them); names and link types are what the graph, tables and exports show, so
 * characters that can disguise a name are made visible there: bidirectional embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069) and zero-width characters, except U+200C (ZERO WIDTH NON-JOINER),
 * which Persian and Dari spelling needs. Control characters become spaces.
 */
const REVEAL: Record<string, string> = {
  '\u202a': 'LRE',
  '\u202b': 'RLE',
  '\u202c': 'PDF',
  '\u202d': 'LRO',
  '\u202e': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
  '\u200b': 'ZWSP',
  '\u200d': 'ZWJ',
  '\u2060': 'WJ',
  '\ufeff': 'ZWNBSP',
};
const HIDDEN = /[\u202a-\u202e\u2066-\u2069\u200b\u200d\u2060\ufeff]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

export const nfc = (s: string): string => s.normalize('NFC');

/** A name as it may be stored and shown: NFC, one line, nothing invisible that changes how it reads. */
export function safeName(s: string): string {
  return nfc(s)
    .replace(CONTROL, ' ')
    .replace(HIDDEN, (ch) => `⟦${REVEAL[ch]}⟧`)
    .replace(/ {2,}/g, ' ')
    .trim();
}
