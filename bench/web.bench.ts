import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../test/helpers/browser.js';
import { startServer } from './server.js';

/** The JavaScript a browser downloads to show the Today page, as gzip would send it. */
export async function benchWeb() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxing-web-bench-'));
  const server = await startServer(path.join(dir, 'web.db'));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const scripts: { url: string; raw: number; gzip: number }[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() !== 'script') return;
      void r
        .body()
        .then((b) =>
          scripts.push({ url: r.url(), raw: b.length, gzip: gzipSync(b, { level: 9 }).length }),
        );
    });
    await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    const sum = (k: 'raw' | 'gzip') => scripts.reduce((s, x) => s + x[k], 0);
    return {
      files: scripts.map((s) => ({ ...s, url: new URL(s.url).pathname })),
      raw: sum('raw'),
      gzip: sum('gzip'),
    };
  } finally {
    await browser.close();
    server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
