import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { dataset, TODAY } from './datasets.js';
import { startServer } from './server.js';

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
