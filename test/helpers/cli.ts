import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The built CLI binary. */
export const CLI = path.join(ROOT, 'dist', 'cli', 'main.cjs');

/** Builds the CLI when it is missing (`npm test` builds it in pretest). One build at a time across test files. */
export function ensureBuilt(): void {
  if (fs.existsSync(CLI)) return;
  const lock = path.join(
    os.tmpdir(),
    `tongxing-build-${createHash('sha1').update(ROOT).digest('hex').slice(0, 8)}`,
  );
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (fs.existsSync(CLI) && !fs.existsSync(lock)) return;
      if (Date.now() > deadline) break;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (!fs.existsSync(CLI)) spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
  if (!fs.existsSync(CLI)) throw new Error(`could not build ${CLI}`);
}

/** What one CLI run said. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node CLI ARGS…` with exactly this environment and collects everything it says. */
export function runCli(
  args: string[],
  opts: { env: NodeJS.ProcessEnv; cwd?: string },
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: opts.cwd, env: opts.env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}

/** The locales the CLI tests run in. */
export const EN = 'en_US.UTF-8';
export const ZH = 'zh_CN.UTF-8';

/**
 * A clean environment for a CLI run with this home: no colour, Shanghai time, and nothing inherited
 * that picks the language or turns on debugging; then `vars` (LANG, say; undefined removes one).
 */
export function cliEnv(
  home: string,
  vars: Record<string, string | undefined> = {},
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NO_COLOR: '1',
    TZ: 'Asia/Shanghai',
    TONGXING_HOME: home,
  };
  for (const k of [
    'LANG',
    'LC_ALL',
    'LC_MESSAGES',
    'LANGUAGE',
    'TONGXING_LANG',
    'FORCE_COLOR',
    'TONGXING_DEBUG',
  ])
    delete env[k];
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

/** A temp home with one database that a test file runs the CLI against, in English by default. */
export interface CliHome {
  home: string;
  db: string;
  /** The environment of a run in this locale. */
  env(lang?: string): NodeJS.ProcessEnv;
  /** `tongxing --db DB ARGS…`. */
  run(args: string[], lang?: string): Promise<CliResult>;
  /** A run that must succeed: exit 0 and nothing on stderr. Returns stdout. */
  ok(args: string[], lang?: string): Promise<string>;
  /** `ok` with --json: stdout parsed. */
  json<T>(args: string[], lang?: string): Promise<T>;
  /** A user error: exit 1, a message on stderr, nothing on stdout. Returns stderr. */
  fails(args: string[], lang?: string): Promise<string>;
  /** Removes the home. */
  close(): void;
}

/** Builds the CLI if needed, makes a temp home and database, and runs each seed command (each must succeed). */
export async function startCliHome(prefix: string, seed: string[][] = []): Promise<CliHome> {
  ensureBuilt();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const db = path.join(home, 'tongxing.db');
  const env = (lang = EN) => cliEnv(home, { LANG: lang });
  const run = (args: string[], lang?: string) =>
    runCli(['--db', db, ...args], { cwd: home, env: env(lang) });
  const ok = async (args: string[], lang?: string) => {
    const r = await run(args, lang);
    expect(r.stderr, `stderr of ${args.join(' ')}`).toBe('');
    expect(r.code, `exit code of ${args.join(' ')}`).toBe(0);
    return r.stdout;
  };
  const cli: CliHome = {
    home,
    db,
    env,
    run,
    ok,
    json: async <T>(args: string[], lang?: string) =>
      JSON.parse(await ok([...args, '--json'], lang)) as T,
    async fails(args, lang) {
      const r = await run(args, lang);
      expect(r.code, `exit code of ${args.join(' ')}: ${r.stderr}`).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim()).not.toBe('');
      return r.stderr;
    },
    close: () => fs.rmSync(home, { recursive: true, force: true }),
  };
  for (const args of seed) {
    const r = await run(args);
    expect(r.code, r.stderr).toBe(0);
  }
  return cli;
}
