// Builds the CLI: one CommonJS bundle run through a tiny loader with a V8 code cache.
//
// Why: loaded as hundreds of separate ES modules, kysely and zod alone cost more than Node's own
// start-up. One bundle removes the module resolution; the code cache removes most of the parse and
// compile of that bundle (Node 20 has no module compile cache of its own, and vm.Script accepts
// V8's cached data). `tongxing today --json` thus stays close to `node -e 0` (docs/benchmarks.md).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// zod re-exports all of its ~40 message locales through the `z` namespace, and that keeps every one
// in the bundle. We only ever format zod issues ourselves (core/validation.ts), so English suffices.
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${'node_modules'}/zod/`)
        ? { path: 'zod-locales', namespace: 'zod-locales', pluginData: args.resolveDir }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: "export { default as en } from '../locales/en.js';",
      resolveDir: args.pluginData,
      loader: 'js',
    }));
  },
};

fs.rmSync('dist', { recursive: true, force: true });
const result = await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli/tongxing.cjs',
  plugins: [zodEnglishOnly],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: true,
  metafile: true,
  sourcemap: 'linked',
  // The native addon stays outside the bundle, and so do what is loaded lazily: the pinyin
  // dictionary (only when a name is written), the table renderer (only for human output) and
  // exceljs (only for an xlsx import).
  external: ['better-sqlite3', 'pinyin-pro', 'cli-table3', 'exceljs'],
  // vm.Script has no loader for import(); lazy loads become require() calls.
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__import_meta_url' },
  banner: { js: "var __import_meta_url=require('url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});

// The loader is CommonJS too: an ES module entry would start Node's ESM loader (~10 ms) for nothing.
fs.writeFileSync(
  'dist/cli/main.cjs',
  `#!/usr/bin/env node
// Runs the bundled CLI (tongxing.cjs) with the V8 code cache made at build time. A cache from
// another Node version is rejected by V8 and the bundle simply compiles as usual.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { createRequire, Module } = require('node:module');
const vm = require('node:vm');

const file = path.join(__dirname, 'tongxing.cjs');
const cacheFile = \`\${file}.cache\`;
let cachedData;
try {
  cachedData = fs.readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
const bundle = { exports: {} };
script.runInThisContext().call(bundle.exports, bundle.exports, createRequire(file), bundle, file, __dirname);
if (process.env.TONGXING_WRITE_CODE_CACHE) {
  process.on('exit', () => fs.writeFileSync(cacheFile, script.createCachedData()));
}
`,
  { mode: 0o755 },
);

// Warm the cache with the everyday path (open, migrate, agenda, JSON out) on a throwaway database.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxing-build-'));
try {
  execFileSync(
    process.execPath,
    ['dist/cli/main.cjs', '--db', path.join(tmp, 'warm.db'), 'today', '--json'],
    {
      env: { ...process.env, TONGXING_WRITE_CODE_CACHE: '1' },
      stdio: 'ignore',
    },
  );
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
if (process.env.BUNDLE_REPORT)
  console.log(await (await import('esbuild')).analyzeMetafile(result.metafile));
