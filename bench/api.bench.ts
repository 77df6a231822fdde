import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { dataset, TODAY } from './datasets.js';

/** `tongxing serve` in a child process (a load generator in the same process would steal its event loop). */
async function startServer(db: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    ['dist/cli/main.cjs', 'serve', '--no-open', '--port', '0', '--db', db],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8' },
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

async function load(url: string) {
  const r = await autocannon({ url, connections: 50, duration: 10 });
  return {
    rps: r.requests.average,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx,
    bytes: r.throughput.average,
  };
}

/** GET /api/v1/today on the 10,000-person network against a trivial JSON route, same server, same run. */
export async function benchApi() {
  const store = await dataset('net-10k', 10_000, 500_000);
  const src = store.path;
  await store.close();
  // A copy: serving migrates and writes statistics, and the cached dataset stays as generated.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxing-api-bench-'));
  const db = path.join(dir, 'net.db');
  fs.copyFileSync(src, db);
  const server = await startServer(db);
  try {
    await autocannon({ url: `${server.url}/api/v1/health`, connections: 10, duration: 2 });
    const trivial = await load(`${server.url}/api/v1/health`);
    const today = await load(`${server.url}/api/v1/today?date=${TODAY}`);
    return { trivial, today, ratio: today.rps / trivial.rps };
  } finally {
    server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
