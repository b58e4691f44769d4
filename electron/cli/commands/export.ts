import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { EXPORT_FORMATS, exportCase, type ExportFile, type ExportFormat, type Selection } from '../../../shared/formats';
import { parseCaseText } from '../../../shared/model';

export const EXPORT_USAGE = 'caseboard export CASE.json --format json|cyjs|graphml|gexf|csv|stix --out PATH [--entities ID,...] [--links ID,...]';

type Args = { file?: string; format?: string; out?: string; selection?: Selection; problem?: string };

function parseArgs(argv: string[]): Args {
  const args: Args = {};
  const list = (v: string | undefined) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--format' || flag === '-f') args.format = value();
    else if (flag === '--out' || flag === '-o') args.out = value();
    else if (flag === '--entities') args.selection = { ...args.selection, entityIds: list(value()) };
    else if (flag === '--links') args.selection = { ...args.selection, relationIds: list(value()) };
    else if (flag.startsWith('-') && flag !== '-') args.problem ??= `unknown option "${flag}"`;
    else if (!args.file) args.file = a;
    else args.problem ??= `only one case file can be exported at a time ("${a}" is extra)`;
  }
  return args;
}

/**
 * Where each file goes. CSV gives two files: with --out a folder (existing, or ending in "/"), they are
 * named after the case inside it; otherwise --out is a prefix: "--out talks" or "--out talks.csv"
 * writes talks-entities.csv and talks-links.csv.
 */
async function targets(out: string, files: ExportFile[]): Promise<string[]> {
  const isDir = out.endsWith('/') || out.endsWith('\\') || (await stat(out).then((s) => s.isDirectory(), () => false));
  if (isDir) return files.map((f) => join(out, f.name));
  if (files.length === 1) return [out];
  const prefix = out.replace(/\.csv$/i, '');
  return files.map((f) => `${prefix}${/-(entities|links)\.csv$/.exec(f.name)![0]}`);
}

/** Write beside the target, then rename: a reader never sees half a file. */
async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  await writeFile(tmp, text, 'utf8');
  await rename(tmp, path);
}

/** `caseboard export`: validate the case, then write it in the chosen format. Exit 0, 1 (bad case or I/O) or 2 (usage). */
export async function exportCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const formats = EXPORT_FORMATS.map((f) => f.id);
  const usage = (msg: string) => (console.error(`caseboard export: ${msg}\nusage: ${EXPORT_USAGE}`), 2);
  if (args.problem) return usage(args.problem);
  if (!args.file) return usage('name the case file to export');
  if (!args.format || !formats.includes(args.format as ExportFormat)) return usage(`--format must be one of ${formats.join(', ')}${args.format ? ` (not "${args.format}")` : ''}`);
  if (!args.out) return usage('say where to write with --out PATH');
  let text: string;
  try {
    text = await readFile(args.file, 'utf8');
  } catch (err) {
    console.error(`${args.file}: cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    return 1;
  }
  const loaded = parseCaseText(text);
  if (!loaded.ok) {
    console.error(`${args.file}: invalid: ${loaded.reason}`);
    return 1;
  }
  const c = loaded.case;
  const unknown = [...(args.selection?.entityIds ?? []).filter((id) => !c.entities.some((e) => e.id === id)), ...(args.selection?.relationIds ?? []).filter((id) => !c.relations.some((r) => r.id === id))];
  if (unknown.length) return usage(`no entity or link "${unknown[0]}" in ${args.file}`);
  const { files } = exportCase(c, args.format as ExportFormat, args.selection);
  try {
    if (args.out === '-' && files.length === 1) {
      process.stdout.write(files[0]!.text);
      return 0;
    }
    const paths = await targets(args.out, files);
    for (const [i, file] of files.entries()) await writeAtomically(paths[i]!, file.text);
    console.log(`wrote ${paths.join(' and ')}`);
    return 0;
  } catch (err) {
    console.error(`caseboard export: cannot write ${args.out} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    return 1;
  }
}
