import type { Case } from '../model/schema';
import { quotesJson, quotesText } from './evidence';
import { csvText, parseCsv, unneutralise } from './csvText';
import { entityFromAttrs, positionFromAttrs, relationFromAttrs, type Attrs } from './read';
import { aliasesText, edgeRows, nodeRows } from './rows';
import type { CsvPair, ImportedGraph } from './types';

export const ENTITY_HEADER = ['Id', 'Label', 'Type', 'Aliases', 'Notes', 'Status', 'Color', 'X', 'Y', 'Date', 'DateBasis'];
/** Gephi's edge "Type" is Directed/Undirected, so the link type is in Label (shown on the edge) and RelationType. */
export const LINK_HEADER = ['Source', 'Target', 'Type', 'Label', 'Weight', 'Id', 'RelationType', 'Status', 'Reliability', 'Credibility', 'Grading', 'Evidence', 'EvidenceRefs', 'Notes'];

export function exportCsv(c: Case): CsvPair {
  const entities = nodeRows(c).map((n) => [n.id, n.label, n.type, n.aliases.length ? aliasesText(n.aliases) : '', n.notes, n.status, n.color, n.x, n.y, n.date, n.dateBasis]);
  const links = edgeRows(c).map((e) => [
    e.source,
    e.target,
    e.directed ? 'Directed' : 'Undirected',
    e.type,
    e.weight,
    e.id,
    e.type,
    e.status,
    e.reliability,
    e.credibility,
    e.reliability || e.credibility ? `${e.reliability ?? ''}${e.credibility ?? ''}` : undefined,
    e.evidence.length ? quotesText(e.evidence) : undefined,
    e.evidence.length ? quotesJson(e.evidence) : undefined,
    e.notes,
  ]);
  return { entities: csvText([ENTITY_HEADER, ...entities]), links: csvText([LINK_HEADER, ...links]) };
}

/** Rows as attribute maps keyed by lower-cased header, with the injection defence undone. */
function records(text: string): Attrs[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const names = header.map((h) => h.trim().toLowerCase());
  return rows.map((r) => Object.fromEntries(names.map((n, i) => [n, r[i] === undefined ? undefined : unneutralise(r[i]!)])));
}

const DIRECTIONS = /^(directed|undirected|mutual)$/i;

/** The pair back into graph data. A links file alone works too: endpoints become entities named by id, as in Gephi. */
export function importCsv(pair: Partial<CsvPair>): ImportedGraph {
  const g: ImportedGraph = { entities: [], relations: [], positions: {}, warnings: [] };
  const warn = (m: string) => g.warnings.push(m);
  const known = new Set<string>();
  for (const a of pair.entities ? records(pair.entities) : []) {
    const id = a.id ?? a.label ?? '';
    known.add(id);
    g.entities.push(entityFromAttrs(id, a, warn));
    const pos = positionFromAttrs(a);
    if (pos) g.positions[id] = pos;
  }
  let invented = 0;
  records(pair.links ?? '').forEach((a, i) => {
    const kind = a.type?.trim() ?? '';
    const directed = DIRECTIONS.test(kind) ? kind.toLowerCase() === 'directed' : true;
    // Outside Gephi, "Type" often is the relation type: keep it when no other column says.
    const attrs: Attrs = { ...a, type: DIRECTIONS.test(kind) ? undefined : a.type };
    const r = relationFromAttrs(a.id || `link_${i + 1}`, a.source?.trim() ?? '', a.target?.trim() ?? '', directed, attrs, warn);
    for (const end of [r.source, r.target])
      if (end && !known.has(end)) {
        known.add(end);
        invented++;
        g.entities.push({ id: end, name: end, type: 'other', aliases: [], status: 'accepted' });
      }
    g.relations.push(r);
  });
  if (invented) warn(`${invented} link ends were not in the entities file and were added as entities named by their id`);
  return g;
}
