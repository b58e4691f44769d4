import { parseCaseText } from '../model/load';
import type { Case } from '../model/schema';
import { evidenceQuotes } from './evidence';
import type { ImportedGraph } from './types';

/** The case file itself, pretty-printed: the one lossless format. */
export function exportCaseJson(c: Case): string {
  return JSON.stringify(c, null, 2) + '\n';
}

/**
 * Read a Case JSON file as graph data. The whole validated case rides along in `case`, so that
 * caseFromImport can keep its sources and mentions; merging uses the graph part.
 */
export function importCaseJson(text: string): ImportedGraph {
  const loaded = parseCaseText(text);
  if (!loaded.ok) throw new Error(loaded.reason);
  const c = loaded.case;
  return {
    entities: c.entities,
    relations: c.relations.map((r) => ({ ...r, evidence: evidenceQuotes(c, r) })),
    positions: c.layout.positions,
    warnings: [],
    case: c,
  };
}
