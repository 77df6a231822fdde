import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataset, TODAY } from './datasets.js';
import { median } from './stats.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function wallMs(args: string[]): number {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0)
    throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.toString()}`);
  return ms;
}

/** `tongxing today --json` as a whole process against `node -e 0`, interleaved runs. */
export async function benchCli() {
  const store = await dataset('net-10k', 10_000, 500_000);
  const db = store.path;
  await store.close();
  const cli = ['dist/cli/main.cjs', 'today', '--json', '--db', db, '--date', TODAY];
  const node: number[] = [];
  const ours: number[] = [];
  for (let i = 0; i < 3; i++) {
    wallMs(['-e', '0']);
    wallMs(cli);
  }
  for (let i = 0; i < 30; i++) {
    node.push(wallMs(['-e', '0']));
    ours.push(wallMs(cli));
  }
  return { nodeMedian: median(node), cliMedian: median(ours), ratio: median(ours) / median(node) };
}
