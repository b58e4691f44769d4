// npm run bench — every figure of issue 6 next to its floor measured in the same run, with the ratio and target.
// Builds the renderer first (a fresh clone has none) so the browser figures are of the code in the tree.
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import { measureBrowser } from './browser';
import { measurePass } from './pass.bench';
import { measure } from './store.bench';
import { machine, printTable } from './util';

async function main() {
  const t0 = performance.now();
  console.log(`Caseboard bench on ${machine()}`);
  execSync('npx electron-vite build', { cwd: resolve(__dirname, '..', '..'), stdio: 'ignore' });
  printTable('Open and save (median; floor = bare JSON.parse(readFileSync) / writeFileSync+fsync of the same bytes)', [...(await measure('M')), ...(await measure('L'))]);
  const pass = await measurePass();
  printTable(`Automatic pass on all ${pass.sources.toLocaleString('en')} sources of L (${pass.words.toLocaleString('en')} words; floor = compromise alone: nlp + people/places/organizations; the two run side by side, one process each)`, pass.rows);
  printTable('Renderer in Chromium (real UI via caseboard serve; floor = bare cytoscape, same page, elements, positions, style, view)', await measureBrowser());
  console.log(`\nTotal ${((performance.now() - t0) / 60_000).toFixed(1)} min`);
}
void main();
