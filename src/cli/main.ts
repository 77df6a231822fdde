#!/usr/bin/env node
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
try {
  await buildProgram(lang).parseAsync(argv, { from: 'user' });
} catch (e) {
  // Errors raised before a command's database was open (usage, a foreign or newer file).
  process.exitCode = reportError(e, lang, argv.includes('--json'));
}
