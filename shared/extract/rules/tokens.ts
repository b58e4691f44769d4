import { COUNTRY_BY_DEMONYM } from '../lexicon/countries';
import { GROUP_WORDS, NOT_NAMES, TITLES } from '../lexicon/words';
import type { Token } from '../text/tokenize';

/** Small token tests shared by the span rules. */
export const isCap = (t: Token | undefined): boolean => !!t && /^[\p{Lu}\p{N}]/u.test(t.text);
export const low = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');
export const isTitle = (t: Token | undefined): boolean => !!t && TITLES.has(low(t).replace(/\.$/, ''));
export const isNotName = (t: Token | undefined): boolean => !!t && NOT_NAMES.has(low(t).replace(/\.$/, ''));
export const isDemonym = (w: string): boolean => COUNTRY_BY_DEMONYM.has(w.toLowerCase()) || GROUP_WORDS.has(w.toLowerCase());
export const isWordy = (t: Token | undefined): boolean => !!t && /\p{L}/u.test(t.text);

/** Lower-case words allowed inside a name ("Army of Northern Virginia", "Tehreek-e-Taliban"). */
const INNER = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'der', 'du', 'des', 'la', 'le', 'e', 'i', 'al', 'el', 'bin', 'ibn', 'von', 'van', 'da', 'di', 'on', '&', '-', "'", '’', '.']);
export const isInner = (t: Token | undefined): boolean => !!t && INNER.has(low(t));
