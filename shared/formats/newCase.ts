import { createCase } from '../model/factory';
import { createId } from '../model/ids';
import { checkInvariants } from '../model/invariants';
import { applyOp } from '../model/reducer';
import type { Case } from '../model/schema';
import { mergeIntoCase } from './merge';
import type { ImportedGraph } from './types';

export type NewCaseOptions = { title?: string; fileName?: string; now?: string };

/**
 * A new case from imported data. A Case JSON file is taken whole (sources, mentions, grading, layout,
 * entity types) with a fresh case id, so importing a copy never collides with the original. Other
 * formats go through the same merge as "merge into case", applied to an empty case.
 */
export function caseFromImport(g: ImportedGraph, options: NewCaseOptions = {}): Case {
  if (g.case) return { ...g.case, id: createId('case'), title: options.title ?? g.case.title };
  const now = options.now ?? new Date().toISOString();
  const empty = createCase(options.title ?? options.fileName ?? 'Imported graph', now);
  const op = mergeIntoCase(empty, g, { match: 'id', fileName: options.fileName, now });
  const made = applyOp(empty, op).state;
  const problems = checkInvariants(made);
  if (problems.length) throw new Error(`the imported graph does not make a sound case: ${problems[0]}`);
  return made;
}
