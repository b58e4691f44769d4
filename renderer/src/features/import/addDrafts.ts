import type { SourceDraft } from '../../../../shared/api/contract';
import { createId, type Op, type Reliability, type Source } from '../../../../shared/model';
import { dispatch, setSource } from '../../store/workbench';
import { readSourceFiles } from '../source/readSourceFiles';

export function draftToSource(d: SourceDraft, reliability?: Reliability): Source {
  const origin = Object.fromEntries(Object.entries(d.origin).filter(([, v]) => v)) as Source['origin'];
  return { id: createId('src'), title: d.title.trim() || 'Untitled source', text: d.text, origin, ...(reliability ? { reliability } : {}), addedAt: new Date().toISOString() };
}

/** Add sources as ONE edit, so one undo takes them all back. */
export function addSources(sources: Source[]): boolean {
  if (!sources.length) return false;
  const ops: Op[] = sources.map((source) => ({ op: 'addSource', source }));
  const ok = dispatch(ops.length === 1 ? ops[0]! : { op: 'batch', ops, label: `Add ${ops.length} sources` });
  if (ok) setSource(sources[0]!.id);
  return ok;
}

/**
 * Files → sources of the open case: every file that reads well is added (in one batch), every file that
 * does not is reported by name and contributes nothing. Warnings (e.g. a guessed encoding) are reported too.
 */
export async function importSourceFiles(files: File[], reliability?: Reliability): Promise<{ added: number; problems: string[] }> {
  const { drafts, errors } = await readSourceFiles(files);
  const ok = addSources(drafts.map((d) => draftToSource(d, reliability)));
  const warnings = drafts.flatMap((d) => d.warnings.map((w) => `${d.origin.file ?? d.title}: ${w}`));
  const refused = drafts.length && !ok ? [`${drafts.length} source(s) could not be added to this case (is it read-only?)`] : [];
  return { added: ok ? drafts.length : 0, problems: [...errors, ...refused, ...warnings] };
}
