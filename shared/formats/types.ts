import type { Case, Entity, Position, Relation } from '../model/schema';

export type ExportFormat = 'json' | 'cyjs' | 'graphml' | 'gexf' | 'csv' | 'stix';
export type ImportFormat = 'json' | 'cyjs' | 'graphml' | 'gexf' | 'csv';

/** What the user picked on screen. See select.ts for how links and their endpoints are completed. */
export type Selection = { entityIds?: string[]; relationIds?: string[] };

export type ExportFile = { name: string; mime: string; text: string };
export type ExportResult = { files: ExportFile[] };

/**
 * One piece of evidence as it travels in graph files: the quoted words and where they came from. Offsets
 * alone are useless without the source text, so the quote is what counts on the way back in.
 */
export type EvidenceQuote = { quote: string; sourceId?: string; sourceTitle?: string; start?: number; end?: number };

export type ImportedRelation = Omit<Relation, 'evidence'> & { evidence: EvidenceQuote[] };

/** Graph data read from a file, not yet part of any case. Ids are the file's own. */
export type ImportedGraph = {
  entities: Entity[];
  relations: ImportedRelation[];
  positions: Record<string, Position>;
  warnings: string[];
  /** Set by the Case JSON reader: the whole case, so a new case made from it loses nothing. */
  case?: Case;
};

/** The pair of CSV files, as text. */
export type CsvPair = { entities: string; links: string };
