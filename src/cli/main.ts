import { earlyLang } from './context.js';
import { buildProgram } from './program.js';
import { reportError } from './run.js';

// `tongxing today | head`: a reader that stops early is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const argv = process.argv.slice(2);
const lang = earlyLang(argv);
// No top-level await: the bundle is CommonJS so that it can run with a V8 code cache (scripts/build.mjs).
buildProgram(lang)
  .parseAsync(argv, { from: 'user' })
  .catch((e: unknown) => {
    // Errors raised before a command's database was open (usage, a foreign or newer file).
    process.exitCode = reportError(e, lang, argv.includes('--json'));
  });
