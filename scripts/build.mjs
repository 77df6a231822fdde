// Bundles the CLI into one file. Loading kysely and zod as hundreds of separate ES modules costs
// more than Node's own start-up; one bundle keeps `tongxing today` close to `node -e 0`.
import { build } from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { 'cli/main': 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minifySyntax: true,
  minifyWhitespace: true,
  sourcemap: 'linked',
  // Native addon and the pinyin dictionary (loaded lazily) stay outside the bundle.
  external: ['better-sqlite3', 'pinyin-pro'],
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});
chmodSync('dist/cli/main.js', 0o755);
