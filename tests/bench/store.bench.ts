// Open and save of the synthetic M and L cases against their floors, measured in the same run with the runs
// interleaved (floor, figure, floor, figure, ...):
// open  = CaseStore.open (read, parse, migrate, validate, invariants, lock) vs JSON.parse(readFileSync())
// save  = after one edit, the durable save (serialise, backup link, temp, fsync, rename, folder fsync)
//         vs writeFileSync + fsync of the same bytes. The edit itself is its own figure: the page never
//         waits for the save, and the back-end applies the edit before the save is even scheduled.
import { closeSync, fsyncSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCaseSerializer } from '../../shared/model';
import { generateCase, SIZES } from '../../shared/synthetic/generate';
import { CaseStore } from '../../electron/services/caseStore';
import { machine, median, pairedMedians, printTable, type Row } from './util';

export async function measure(size: 'M' | 'L'): Promise<Row[]> {
  const home = mkdtempSync(join(tmpdir(), `caseboard-bench-${size}-`));
  const c = generateCase(SIZES[size]);
  const text = createCaseSerializer()(c);
  const name = 'bench.json';
  writeFileSync(join(home, name), text);
  const runs = size === 'L' ? 7 : 11;

  const open = await pairedMedians(
    runs,
    () => JSON.parse(readFileSync(join(home, name), 'utf8')),
    async () => {
      const store = new CaseStore(home);
      await store.open(name);
      await store.closeAll();
    },
  );

  const store = new CaseStore(home);
  await store.open(name);
  const session = store.session(name);
  let n = 0;
  // The same bytes the save writes: the case with one edit, as the previous save left it.
  const edit = () => session.apply([{ op: 'updateEntity', id: c.entities[0]!.id, patch: { notes: `edit ${++n}` } }], session.revision);
  edit();
  await session.flush();
  const bytes = readFileSync(join(home, name));
  const save = await pairedMedians(
    runs,
    () => {
      const fd = openSync(join(home, 'bare.json'), 'w');
      writeSync(fd, bytes);
      fsyncSync(fd);
      closeSync(fd);
      edit();
    },
    () => session.flush(),
  );
  const apply = await median(runs, () => session.apply([{ op: 'setPositions', positions: { [c.entities[1]!.id]: { x: n, y: ++n } } }], session.revision));
  const update = await median(runs, edit);
  await store.closeAll();
  rmSync(home, { recursive: true, force: true });
  const mb = (bytes.length / 2 ** 20).toFixed(1);
  return [
    { figure: `${size} open (${mb} MB)`, value: open.value, floor: open.floor, unit: 'ms', target: 2 },
    { figure: `${size} save after one edit`, value: save.value, floor: save.floor, unit: 'ms', target: 1.5 },
    { figure: `${size} apply one edit (back-end): entity`, value: update, unit: 'ms' },
    { figure: `${size} apply one edit (back-end): position`, value: apply, unit: 'ms' },
  ];
}

async function main() {
  console.log(`Case store benchmark on ${machine()}`);
  const rows = [...(await measure('M')), ...(await measure('L'))];
  printTable('Open and save (median of interleaved runs; floor = bare JSON.parse(readFileSync) / writeFileSync+fsync of the same bytes)', rows);
}
// Run on its own (`npx tsx tests/bench/store.bench.ts`); `npm run bench` imports `measure` instead.
if (process.argv[1]?.endsWith('store.bench.ts')) void main();
