import type { Token } from '../text/tokenize';

/*
 * English names are capitalised: a token with no capital or digit never starts a name, and inside one it
 * may only be a connector ("Army of Northern Virginia", "Tehreek-e-Taliban", "Ulysses S. Grant").
 * Tagging and training apply the same rule, so the model spends nothing on impossible labels.
 */
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'der', 'du', 'des', 'la', 'le', 'e', 'i', 'al', 'el', 'bin', 'ibn', 'von', 'van', 'da', 'di', 'dos', 'on', 'upon', 'at', 'in', 'y', '&', '-', '.', "'", '’', "'s", '’s']);

export const Slot = { Any: 0, InsideOnly: 1, OutsideOnly: 2 } as const;
export type Slot = (typeof Slot)[keyof typeof Slot];

export function slotOf(t: Token): Slot {
  if (/[\p{Lu}\p{N}]/u.test(t.text)) return Slot.Any;
  return CONNECTORS.has(t.text.toLowerCase()) ? Slot.InsideOnly : Slot.OutsideOnly;
}
