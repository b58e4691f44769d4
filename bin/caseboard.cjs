#!/usr/bin/env node
// The command line runs the built back-end (out/main/cli.js), which `npm install` builds.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const cli = join(__dirname, '..', 'out', 'main', 'cli.js');
if (!existsSync(cli)) {
  console.error('caseboard: the app is not built yet; run `npm run build` in ' + join(__dirname, '..'));
  process.exit(1);
}
require(cli);
