import { exportCase, importGraph, mergeIntoCase, caseFromImport, sniffFormat, type ImportedGraph, type ImportFormat } from '../../../../shared/formats';
import { api } from '../../api/client';
import { openSession } from '../../app/navigation';
import { dispatch, getWorkbench } from '../../store/workbench';
import { count } from '../../lib/plural';

export const GRAPH_ACCEPT = '.json,.cyjs,.graphml,.gexf,.csv,.xml,application/json,text/csv';
export const GRAPH_FILE = /\.(cyjs|graphml|gexf|csv)$/i;

export type ReadGraph = { format: ImportFormat; fileName: string; text: string; graph: ImportedGraph };

const FORMAT_NAMES: Record<ImportFormat, string> = { json: 'Case JSON', cyjs: 'Cytoscape JSON', graphml: 'GraphML', gexf: 'GEXF', csv: 'CSV' };
export const formatName = (f: ImportFormat) => FORMAT_NAMES[f];

const why = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Which of two CSV files holds the links: its header has Source and Target columns. */
const isLinksCsv = (text: string) => /(^|,)"?source"?,/i.test(text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '');

/**
 * Read the chosen files as one graph: one Case JSON / Cytoscape JSON / GraphML / GEXF file, or CSV files
 * (entities and links, or links alone). Throws an Error naming the file and what is wrong with it.
 */
export async function readGraphFiles(files: File[]): Promise<ReadGraph> {
  if (!files.length) throw new Error('choose a graph file first');
  const csv = files.filter((f) => /\.csv$/i.test(f.name));
  if (csv.length) {
    if (csv.length !== files.length || csv.length > 2) throw new Error('choose one graph file, or the two CSV files (entities and links) of one graph');
    const texts = await Promise.all(csv.map(async (f) => ({ f, text: await f.text() })));
    const links = texts.find((t) => isLinksCsv(t.text));
    const entities = texts.find((t) => t !== links);
    const fileName = csv.map((f) => f.name).join(' + ');
    try {
      return { format: 'csv', fileName, text: '', graph: importGraph('csv', { links: links?.text, entities: entities?.text }) };
    } catch (err) {
      throw new Error(`${fileName}: ${why(err)}`);
    }
  }
  if (files.length > 1) throw new Error(`${files.map((f) => f.name).join(', ')}: choose one graph file at a time (or the two CSV files of one graph)`);
  const file = files[0]!;
  const text = await file.text();
  const format = sniffFormat(file.name, text);
  if (!format) throw new Error(`${file.name}: not a graph file Caseboard reads (Case JSON, Cytoscape JSON, GraphML, GEXF or CSV)`);
  try {
    return { format, fileName: file.name, text, graph: importGraph(format, text) };
  } catch (err) {
    throw new Error(`${file.name}: not readable as ${FORMAT_NAMES[format]}: ${why(err)}`);
  }
}

/** Merge into the open case as ONE edit (one undo). Returns the edit's label. */
export function mergeGraph(read: ReadGraph, match: 'id' | 'name'): string {
  const op = mergeIntoCase(getWorkbench().case, read.graph, { match, fileName: read.fileName });
  if (op.op === 'batch' && op.ops.length === 0) {
    if (!read.graph.entities.length && !read.graph.relations.length) throw new Error(`${read.fileName}: nothing to import (no entities or links)`);
    return `Nothing new: ${count(read.graph.entities.length, 'entity', 'entities')} and ${count(read.graph.relations.length, 'link')} already in this case`;
  }
  if (!dispatch(op)) throw new Error(`${read.fileName}: the case refused the import (is it read-only?)`);
  return op.op === 'batch' && op.label ? op.label : 'Imported';
}

/** A new case from the file: a Case JSON file is taken whole by the back-end; other formats become a case here. */
export async function graphToNewCase(read: ReadGraph): Promise<void> {
  const first = read.fileName.split(' + ')[0]!;
  const title = first.replace(/\.[^.]+$/, '').replace(read.format === 'csv' ? /[-_ ](entities|nodes|links|edges)$/i : /$^/, '') || 'Imported graph';
  let text = read.text;
  if (read.format !== 'json') {
    const made = caseFromImport(read.graph, { fileName: read.fileName, title });
    text = exportCase(made, 'json').files[0]!.text;
  }
  try {
    await openSession(() => api.importCase({ fileName: read.fileName, text }));
  } catch (err) {
    throw new Error(why(err).includes(read.fileName) ? why(err) : `${read.fileName}: ${why(err)}`);
  }
}
