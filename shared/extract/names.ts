import { GOVERNANCE_HEADS } from './lexicon/words';

/*
 * Name keys: the form under which two surface forms count as the same name. Case, possessives, hyphens,
 * quotes, a leading "the" and spacing are ignored ("Taliban's" = "taliban", "Tehreek-e-Taliban" =
 * "tehreek e taliban").
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/[‐-―-]/gu, ' ')
    .replace(/[.'’"“”()]/gu, '')
    .replace(/^the\s+/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The words of a name, hyphenated parts split ("Tehreek-e-Taliban Pakistan" → 4 words). */
export function nameWords(name: string): string[] {
  return name.split(/[\s‐-―-]+/u).filter(Boolean);
}

const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'e', 'i', 'al', 'el', 'de', 'du', 'des', 'la', 'le', 'von', 'van', 'on', 'in', '&']);

/** Acronyms a name can be written as: initials of its capitalised words, with and without connectors. */
export function initialsOf(name: string): string[] {
  const words = nameWords(name).filter((w) => /^\p{L}/u.test(w));
  const strict = words.filter((w) => !CONNECTORS.has(w.toLowerCase()) && /^\p{Lu}/u.test(w)).map((w) => w[0]!.toUpperCase()).join('');
  const all = words.map((w) => w[0]!.toUpperCase()).join('');
  return [...new Set([strict, all])].filter((x) => x.length >= 2);
}

export function isAcronym(s: string): boolean {
  return /^(?:\p{Lu}\.?){2,8}s?$/u.test(s) || /^\p{Lu}(?:[\p{Lu}&-]|\p{Ll}(?=\p{Lu})){1,8}$/u.test(s);
}

/**
 * "Afghan Taliban regime", "Taliban government" and "Taliban administration" share the key
 * "taliban#gov": the governing body of the Taliban, whatever the noun or the leading demonym.
 */
export function governanceKey(name: string, isDemonym: (w: string) => boolean): string | null {
  const words = nameWords(name.replace(/['’]s\b/gu, ''));
  const head = words[words.length - 1]?.toLowerCase();
  if (!head || !GOVERNANCE_HEADS.has(head) || words.length < 2) return null;
  let core = words.slice(0, -1);
  while (core.length > 1 && isDemonym(core[0]!)) core = core.slice(1);
  return `${nameKey(core.join(' '))}#gov`;
}
