import type { Case } from './schema';

const COLLECTIONS = ['sources', 'entities', 'mentions', 'relations', 'claims'] as const;
const BLOCK = 256;

/**
 * Encodes a list as lines of JSON in blocks of BLOCK items. A block whose items are the very same objects
 * as at the previous call (the reducer keeps untouched records as they were) reuses its bytes, so after
 * one edit only the block holding the edited record is encoded again.
 */
function blockEncoder(encode: (s: string) => Uint8Array, line: (item: unknown) => string) {
  let previous: { items: unknown[]; bytes: Uint8Array[] } = { items: [], bytes: [] };
  return (items: unknown[]): Uint8Array[] => {
    // The reducer replaces a list only when one of its records changes: an untouched list is reused whole.
    if (items === previous.items) return previous.bytes;
    const bytes: Uint8Array[] = [];
    for (let start = 0; start < items.length; start += BLOCK) {
      const end = Math.min(items.length, start + BLOCK);
      const b = start / BLOCK;
      let same = previous.bytes[b] !== undefined && end - start === Math.min(previous.items.length, start + BLOCK) - start;
      for (let i = start; same && i < end; i++) same = items[i] === previous.items[i];
      if (same) {
        bytes.push(previous.bytes[b]!);
        continue;
      }
      const parts: string[] = [];
      for (let i = start; i < end; i++) parts.push(i ? ',\n  ' : '\n  ', line(items[i]));
      bytes.push(encode(parts.join('')));
    }
    previous = { items, bytes };
    return bytes;
  };
}

/**
 * Case file bytes: top-level fields one per line, one record (and one node position) per line, so files
 * diff well and a person can read them. Encoding is incremental (see blockEncoder), and the pieces are
 * written as they are, without concatenating a large case into one string. One encoder per open case.
 */
export function createCaseEncoder(): (c: Case) => Uint8Array[] {
  const encoder = new TextEncoder();
  const text = (s: string) => encoder.encode(s);
  const lists = Object.fromEntries(COLLECTIONS.map((k) => [k, blockEncoder(text, (r) => JSON.stringify(r))]));
  const positions = blockEncoder(text, (entry) => {
    const [id, pos] = entry as [string, unknown];
    return `${JSON.stringify(id)}: ${JSON.stringify(pos)}`;
  });
  // Position entries are cached per position object, so unchanged positions keep their identity too.
  let entryCache = new Map<string, [string, unknown]>();
  let lastPositions: { of: unknown; entries: [string, unknown][] } = { of: undefined, entries: [] };
  const positionEntries = (pos: Case['layout']['positions']): [string, unknown][] => {
    if (pos === lastPositions.of) return lastPositions.entries;
    const nextCache = new Map<string, [string, unknown]>();
    const entries = Object.keys(pos).map((id) => {
      const cached = entryCache.get(id);
      const entry: [string, unknown] = cached && cached[1] === pos[id] ? cached : [id, pos[id]];
      nextCache.set(id, entry);
      return entry;
    });
    entryCache = nextCache;
    lastPositions = { of: pos, entries };
    return entries;
  };
  return (c) => {
    const rest: Record<string, unknown> = { ...c };
    for (const key of [...COLLECTIONS, 'layout']) delete rest[key];
    const head = Object.keys(rest).map((key) => `${JSON.stringify(key)}: ${JSON.stringify(rest[key])},\n`);
    const out: Uint8Array[] = [text(`{\n${head.join('')}`)];
    const { positions: pos, ...layoutRest } = c.layout;
    const entries = positionEntries(pos);
    const extra = Object.keys(layoutRest).map((k) => `, ${JSON.stringify(k)}: ${JSON.stringify((layoutRest as Record<string, unknown>)[k])}`).join('');
    out.push(text('"layout": {"positions": {'), ...positions(entries), text(entries.length ? `\n}${extra}},\n` : `}${extra}},\n`));
    COLLECTIONS.forEach((key, i) => {
      const list = c[key] as unknown[];
      out.push(text(`${JSON.stringify(key)}: [`), ...lists[key]!(list), text(`${list.length ? '\n' : ''}]${i < COLLECTIONS.length - 1 ? ',' : ''}\n`));
    });
    out.push(text('}\n'));
    return out;
  };
}

/** The same bytes as one string, for tests, the command line and exports. */
export function createCaseSerializer(): (c: Case) => string {
  const encode = createCaseEncoder();
  const decoder = new TextDecoder();
  return (c) => encode(c).map((b) => decoder.decode(b)).join('');
}
