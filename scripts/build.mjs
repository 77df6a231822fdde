// Bundles the CLI into one file. Loading kysely and zod as hundreds of separate ES modules costs
// more than Node's own start-up; one bundle keeps `tongxing today` close to `node -e 0`.
import { build } from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
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

const result = await build({
  plugins: [zodEnglishOnly],
  entryPoints: { 'cli/main': 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  metafile: true,
  sourcemap: 'linked',
  // The native addon stays outside the bundle, and so do what is loaded lazily: the pinyin
  // dictionary (only when a name is written) and the table renderer (only for human output).
  external: ['better-sqlite3', 'pinyin-pro', 'cli-table3'],
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  logLevel: 'warning',
});
chmodSync('dist/cli/main.js', 0o755);

if (process.env.BUNDLE_REPORT)
  console.log(await (await import('esbuild')).analyzeMetafile(result.metafile));
