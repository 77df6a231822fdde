import type { Command } from 'commander';
import type { Ctx } from '../core/context.js';
import { isLang, langFromEnv, type Lang } from '../core/i18n/lang.js';
import { effectiveTimeZone, getSettings } from '../core/settings/settings.service.js';
import { defaultDbPath } from '../db/paths.js';
import { openStore, type Store } from '../db/store.js';
import { translator, type T } from './text.js';

export interface GlobalOptions {
  db?: string;
  json?: boolean;
  lang?: string;
}

/** What a command handler gets: the service context and how to talk to the user. */
export interface CliContext {
  ctx: Ctx;
  store: Store;
  lang: Lang;
  json: boolean;
  t: T;
}

/** The language before the database is open: --lang, TONGXING_LANG, then the locale; English if none. */
export function earlyLang(argv: readonly string[], env = process.env): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const fromArgv =
    i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  if (isLang(fromArgv)) return fromArgv;
  if (isLang(env.TONGXING_LANG)) return env.TONGXING_LANG;
  return langFromEnv(env) ?? 'en';
}

/** Opens the database named by --db (or the default) and builds the context for a command. */
export async function openCliContext(cmd: Command, argv: readonly string[]): Promise<CliContext> {
  const g = cmd.optsWithGlobals<GlobalOptions>();
  const store = await openStore(g.db ?? defaultDbPath());
  const settings = await getSettings(store.db);
  const explicit = g.lang ?? process.env.TONGXING_LANG;
  const lang: Lang = isLang(explicit)
    ? explicit
    : settings.language !== 'auto'
      ? settings.language
      : earlyLang(argv);
  return {
    ctx: { db: store.db, now: () => new Date(), timeZone: effectiveTimeZone(settings) },
    store,
    lang,
    json: g.json ?? false,
    t: translator(lang),
  };
}
