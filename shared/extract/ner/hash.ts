/*
 * Features are hashed (FNV-1a, 32 bit) into a fixed number of slots, so the shipped weights need no feature
 * strings and training and tagging agree on ids without a dictionary.
 */
export const SLOT_BITS = 22;
const MASK = (1 << SLOT_BITS) - 1;

export function hashStr(seed: number, s: string): number {
  let h = (seed ^ 0x811c9dc5) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A feature = template number + one or two string values. */
export function feat(template: number, a: string, b?: string): number {
  let h = hashStr(template * 0x9e3779b1, a);
  if (b !== undefined) h = hashStr(h ^ 0x7f, b);
  return h & MASK;
}

/** The part of feat(template, a, b) that depends on template and a only, for features computed per label. */
export function featSeed(template: number, a: string): number {
  return hashStr(template * 0x9e3779b1, a) ^ 0x7f;
}

/** feat(template, a, b) from featSeed(template, a). */
export function featWith(seed: number, b: string): number {
  return hashStr(seed, b) & MASK;
}
