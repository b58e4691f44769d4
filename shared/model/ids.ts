/** Ids are short, prefixed by record kind so a reader can tell `ent_…` from `rel_…` in a file. */
export type IdPrefix = 'case' | 'src' | 'ent' | 'men' | 'rel' | 'clm';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

export function createId(prefix: IdPrefix, random: () => number = Math.random): string {
  let s = '';
  for (let i = 0; i < 12; i++) s += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return `${prefix}_${s}`;
}
