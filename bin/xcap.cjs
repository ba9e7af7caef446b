#!/usr/bin/env node
// Launcher for the xcap CLI; the bundle is made by `npm run build` (run by `npm install` via prepare).
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'xcap.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('xcap: dist/xcap.cjs is missing; run `npm run build` first.\n');
  process.exit(2);
}
require(bundle);
