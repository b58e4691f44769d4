// Open and save of the synthetic M and L cases against their floors, measured in the same run:
// open  = CaseStore.open (read, parse, migrate, validate, invariants, lock) vs JSON.parse(readFileSync())
// save  = one edit, then the durable save (serialise, backup link, temp, fsync, rename, folder fsync)
//         vs writeFileSync + fsync of the same bytes.
import { closeSync, fsyncSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCaseSerializer } from '../../shared/model';
import { generateCase, SIZES } from '../../shared/synthetic/generate';
import { CaseStore } from '../../electron/services/caseStore';
import { machine, median, printTable, type Row } from './util';

export async function measure(size: 'M' | 'L'): Promise<Row[]> {
  const home = mkdtempSync(join(tmpdir(), `caseboard-bench-${size}-`));
  const c = generateCase(SIZES[size]);
  const text = createCaseSerializer()(c);
  const name = 'bench.json';
  writeFileSync(join(home, name), text);
  const runs = size === 'L' ? 5 : 9;

  const bareOpen = await median(runs, () => JSON.parse(readFileSync(join(home, name), 'utf8')));
  const open = await median(runs, async () => {
    const store = new CaseStore(home);
    await store.open(name);
    await store.closeAll();
  });

  const store = new CaseStore(home);
  await store.open(name);
  const session = store.session(name);
  let n = 0;
  const save = await median(runs, async () => {
    session.apply([{ op: 'updateEntity', id: c.entities[0]!.id, patch: { notes: `edit ${++n}` } }], session.revision);
    await session.flush();
  });
  const bytes = readFileSync(join(home, name));
  const bareSave = await median(runs, () => {
    const fd = openSync(join(home, 'bare.json'), 'w');
    writeSync(fd, bytes);
    fsyncSync(fd);
    closeSync(fd);
  });
  // The edit itself, as the back-end applies it (the page never waits for the save).
  const apply = await median(runs, () => session.apply([{ op: 'setPositions', positions: { [c.entities[1]!.id]: { x: n, y: ++n } } }], session.revision));
  await store.closeAll();
  rmSync(home, { recursive: true, force: true });
  const mb = (bytes.length / 2 ** 20).toFixed(1);
  return [
    { figure: `${size} open (${mb} MB)`, value: open, floor: bareOpen, unit: 'ms', target: 2 },
    { figure: `${size} save after one edit`, value: save, floor: bareSave, unit: 'ms', target: 1.5 },
    { figure: `${size} apply one edit (back-end)`, value: apply, unit: 'ms' },
  ];
}

async function main() {
  console.log(`Case store benchmark on ${machine()}`);
  const rows = [...(await measure('M')), ...(await measure('L'))];
  printTable('Open and save (median of runs; floor = bare JSON.parse(readFileSync) / writeFileSync+fsync of the same bytes)', rows);
}
// Run on its own (`npx tsx tests/bench/store.bench.ts`); `npm run bench` imports `measure` instead.
if (process.argv[1]?.endsWith('store.bench.ts')) void main();
