// Child of the crash test: opens a case and keeps editing it as fast as the store accepts, reporting each
// edit on stdout, until it is killed.
import { CaseStore } from '../../../electron/services/caseStore';

const [home, name] = process.argv.slice(2) as [string, string];
const store = new CaseStore(home);

async function main() {
  const session = await store.open(name);
  let revision = session.revision;
  const live = store.session(name);
  for (let n = 1; ; n++) {
    const state = live.apply(
      [{ op: 'addEntity', entity: { id: `ent_${process.pid}_${n}`, name: `edit ${n}`, type: 'other', aliases: [], status: 'accepted' } }],
      revision,
    );
    revision = state.revision;
    process.stdout.write(`${n} ${Date.now()}\n`);
    await new Promise((r) => setTimeout(r, 2));
  }
}
void main();
