import { writeFile } from 'node:fs/promises';
import { createCaseSerializer } from '../../../shared/model';
import { generateCase, SIZES } from '../../../shared/synthetic/generate';

/** `caseboard generate --size M|L --out FILE [--seed N]`: a synthetic case for trying big cases and benchmarks. */
export async function generateCommand(argv: string[]): Promise<number> {
  const get = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const size = (get('--size') ?? 'M').toUpperCase();
  const out = get('--out');
  const seed = Number(get('--seed') ?? 1);
  if (size !== 'M' && size !== 'L') {
    console.error(`caseboard generate: --size must be M or L, not "${size}"`);
    return 2;
  }
  if (!out) {
    console.error('caseboard generate: name the output file with --out FILE.json (or --out - for standard output)');
    return 2;
  }
  const text = createCaseSerializer()(generateCase(SIZES[size], Number.isFinite(seed) ? seed : 1));
  if (out === '-') process.stdout.write(text);
  else {
    await writeFile(out, text, { flag: 'wx' }).catch((err: NodeJS.ErrnoException) => {
      throw new Error(err.code === 'EEXIST' ? `${out} already exists; choose another name` : err.message);
    });
    console.log(`${out}: synthetic case ${size} written`);
  }
  return 0;
}
