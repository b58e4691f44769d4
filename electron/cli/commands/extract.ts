import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { claimPass } from '../../../shared/claims';
import { runPass, type MentionStyle } from '../../../shared/extract';
import { applyOp, createCase, createId, type Case } from '../../../shared/model';

const USAGE = 'usage: caseboard extract FILE... --out CASE.json|- [--extents names|phrases]';
const EXTENTS: readonly MentionStyle[] = ['names', 'phrases'];

/**
 * `caseboard extract FILE... --out CASE.json|- [--extents names|phrases]`: a new case with one source per
 * text file (read as UTF-8) and the automatic pass's suggestions; `--out -` writes the case to standard
 * output. `--extents` is the pass's "Mention extents" option: names only (default) or whole noun phrases.
 */
export async function extractCommand(argv: string[]): Promise<number> {
  const files: string[] = [];
  let out: string | undefined;
  let extents: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--out' || a === '-o') out = argv[++i];
    else if (a.startsWith('--out=')) out = a.slice('--out='.length);
    else if (a === '--extents') extents = argv[++i] ?? '';
    else if (a.startsWith('--extents=')) extents = a.slice('--extents='.length);
    else if (a.startsWith('-') && a !== '-') return fail(`unknown option ${a}; ${USAGE}`, 2);
    else files.push(a);
  }
  if (extents !== undefined && !EXTENTS.includes(extents as MentionStyle))
    return fail(`--extents must be names or phrases, not "${extents}"; ${USAGE}`, 2);
  if (!files.length) return fail(`name at least one text file; ${USAGE}`, 2);
  if (!out) return fail(`say where the case goes with --out CASE.json (or --out - for standard output); ${USAGE}`, 2);

  const texts: { file: string; text: string }[] = [];
  for (const file of files) {
    try {
      texts.push({ file, text: await readFile(file, 'utf8') });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return fail(`${file}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? (err as Error).message})`}`, 1);
    }
  }
  const title = texts.length === 1 ? path.basename(files[0]!) : `${texts.length} texts`;
  let c: Case = createCase(title);
  for (const { file, text } of texts) {
    const name = path.basename(file);
    const source = { id: createId('src'), title: name, text, origin: { file: name }, addedAt: c.createdAt };
    c = applyOp(c, { op: 'addSource', source }).state;
  }
  const { op, stats } = runPass(c, { extents: (extents as MentionStyle | undefined) ?? 'names' });
  c = applyOp(c, op).state;
  // Claims, events and dates come after the entities they name.
  const claims = claimPass(c);
  c = applyOp(c, claims.op).state;
  const json = `${JSON.stringify(c, null, 2)}\n`;
  if (out === '-') process.stdout.write(json);
  else {
    try {
      await writeFile(out, json, 'utf8');
    } catch (err) {
      return fail(`${out}: cannot be written (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, 1);
    }
  }
  // The summary goes to stderr so that `--out -` stays pure JSON.
  console.error(
    `caseboard extract: ${stats.sources} source(s), ${stats.entitiesAdded} entities, ${stats.mentionsAdded} mentions, ` +
      `${stats.relationsAdded} links, ${claims.stats.claimsAdded} claims, ${claims.stats.eventsAdded} events suggested in ${stats.ms} ms` +
      `${extents === 'phrases' ? ' (mention extents: whole noun phrases)' : ''}${out === '-' ? '' : ` → ${out}`}`,
  );
  return 0;
}

function fail(message: string, code: number): number {
  console.error(`caseboard extract: ${message}`);
  return code;
}
