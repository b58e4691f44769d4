import type { Case } from './schema';

const COLLECTIONS = ['sources', 'entities', 'mentions', 'relations'] as const;

/**
 * Case file text: top-level fields one per line and one record per line, so files diff well and a person
 * can read them. Records the reducer left untouched are the same objects as before, so their JSON is
 * cached: saving a large case after one edit re-serialises only what changed.
 */
export function createCaseSerializer(): (c: Case) => string {
  const cache = new WeakMap<object, string>();
  const record = (r: object): string => {
    let s = cache.get(r);
    if (s === undefined) {
      s = JSON.stringify(r);
      cache.set(r, s);
    }
    return s;
  };
  return (c) => {
    const parts: string[] = ['{\n'];
    const rest: Record<string, unknown> = { ...c };
    for (const key of COLLECTIONS) delete rest[key];
    const keys = Object.keys(rest);
    for (const key of keys) parts.push(`${JSON.stringify(key)}: ${JSON.stringify(rest[key])},\n`);
    COLLECTIONS.forEach((key, i) => {
      const list = c[key] as object[];
      parts.push(`${JSON.stringify(key)}: [`);
      for (let j = 0; j < list.length; j++) parts.push(j ? ',\n  ' : '\n  ', record(list[j]!));
      parts.push(list.length ? '\n]' : ']', i < COLLECTIONS.length - 1 ? ',\n' : '\n');
    });
    parts.push('}\n');
    return parts.join('');
  };
}
