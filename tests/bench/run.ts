// npm run bench — every figure of issue 6 next to its floor measured in the same run, with the ratio and target.
// Builds the renderer first (a fresh clone has none) so the browser figures are of the code in the tree.
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import { measureBrowser } from './browser';
import { measurePass } from './pass.bench';
import { measure } from './store.bench';
import { machine, printTable } from './util';

/** The full L corpus takes compromise ~2.5 min alone on this machine; a 300,000-word sample keeps the run under 10. */
const PASS_SOURCES = 360;

async function main() {
  const t0 = performance.now();
  console.log(`Caseboard bench on ${machine()}`);
  execSync('npx electron-vite build', { cwd: resolve(__dirname, '..', '..'), stdio: 'ignore' });
  printTable('Open and save (median; floor = bare JSON.parse(readFileSync) / writeFileSync+fsync of the same bytes)', [...(await measure('M')), ...(await measure('L'))]);
  const pass = measurePass(PASS_SOURCES);
  printTable(`Automatic pass on the first ${pass.sources} sources of L (${pass.words.toLocaleString('en')} words; floor = compromise alone: nlp + people/places/organizations)`, pass.rows);
  printTable('Renderer in Chromium (real UI via caseboard serve; floor = bare cytoscape, same page, elements, positions, style, view)', await measureBrowser());
  console.log(`\nTotal ${((performance.now() - t0) / 60_000).toFixed(1)} min`);
}
void main();
