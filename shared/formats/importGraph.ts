import { importCaseJson } from './caseJson';
import { importCsv } from './csv';
import { importCytoscape } from './cytoscape';
import { finishGraph } from './finish';
import { importGexf } from './gexfImport';
import { importGraphml } from './graphmlImport';
import type { CsvPair, ImportedGraph, ImportFormat } from './types';

/**
 * Read graph data (entities, links, positions; no source text) from a file's text. CSV takes the pair
 * {entities, links} (or a links file alone). Throws an Error whose message says what is wrong with the
 * file; the caller adds the file name.
 */
export function importGraph(format: ImportFormat, input: string | Partial<CsvPair>): ImportedGraph {
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : undefined;
  if (format === 'csv') {
    const pair = typeof input === 'string' ? { links: input } : input;
    if (!pair.links && !pair.entities) throw new Error('no CSV data: give an entities file, a links file or both');
    return finishGraph(importCsv(pair));
  }
  if (text === undefined) throw new Error(`${format} import takes the file's text`);
  if (!text.trim()) throw new Error('the file is empty');
  switch (format) {
    case 'json':
      return importCaseJson(text);
    case 'cyjs':
      return finishGraph(importCytoscape(text));
    case 'graphml':
      return finishGraph(importGraphml(text));
    case 'gexf':
      return finishGraph(importGexf(text));
  }
}

/** Guess the format from a file name and its first characters; undefined when it is none we read. */
export function sniffFormat(name: string, text: string): ImportFormat | undefined {
  const head = text.replace(/^\uFEFF/, '').trimStart().slice(0, 2000);
  if (/\.graphml$/i.test(name) || /<graphml[\s>]/.test(head)) return 'graphml';
  if (/\.gexf$/i.test(name) || /<gexf[\s>]/.test(head)) return 'gexf';
  if (/\.csv$/i.test(name)) return 'csv';
  if (head.startsWith('{') || head.startsWith('[')) return /"caseboard\.case"/.test(head) ? 'json' : 'cyjs';
  return undefined;
}
