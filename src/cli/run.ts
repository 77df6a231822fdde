import { CommanderError, type Command } from 'commander';
import { AppError, isAppError } from '../core/errors.js';
import { describeError } from '../core/i18n/errors.js';
import type { Lang } from '../core/i18n/lang.js';
import { openCliContext, type CliContext } from './context.js';
import { translator } from './text.js';

/** Exit codes of the CLI contract. */
export const EXIT = { ok: 0, userError: 1, usage: 2, internal: 3 } as const;

/**
 * Wraps a command handler: opens the database, runs, closes, and turns errors into the
 * user's language and the right exit code. Handlers receive commander's positional arguments
 * and options unchanged.
 */
export function act<A extends unknown[]>(
  fn: (cli: CliContext, ...args: A) => Promise<void>,
): (...args: unknown[]) => Promise<void> {
  return async (...args: unknown[]) => {
    const cmd = args[args.length - 1] as Command;
    const cli = await openCliContext(cmd, process.argv);
    try {
      if (!cli.json)
        for (const b of cli.store.backups)
          process.stderr.write(`${cli.t('migratedBackup', { path: b })}\n`);
      await fn(cli, ...(args.slice(0, -1) as A));
    } catch (e) {
      process.exitCode = reportError(e, cli.lang, cli.json);
    } finally {
      await cli.store.close();
    }
  };
}

/** Prints an error to stderr (JSON with --json) and returns the exit code for it. */
export function reportError(e: unknown, lang: Lang, json: boolean): number {
  if (e instanceof CommanderError) {
    // Commander has already printed its message; help and version are not failures.
    return e.code === 'commander.helpDisplayed' ||
      e.code === 'commander.version' ||
      e.exitCode === 0
      ? EXIT.ok
      : EXIT.usage;
  }
  if (isAppError(e)) {
    const message = describeError(e, lang);
    if (json) {
      process.stderr.write(
        `${JSON.stringify({ error: { code: e.code, message, details: e.details } })}\n`,
      );
    } else {
      const t = translator(lang);
      process.stderr.write(`${t('error')}${message}\n`);
    }
    return EXIT.userError;
  }
  const t = translator(lang);
  if (process.env.TONGXING_DEBUG) console.error(e);
  if (json) {
    process.stderr.write(
      `${JSON.stringify({ error: { code: 'Internal', message: t('internalError'), details: {} } })}\n`,
    );
  } else {
    process.stderr.write(`${t('error')}${t('internalError')}\n`);
  }
  return EXIT.internal;
}

export { AppError };
