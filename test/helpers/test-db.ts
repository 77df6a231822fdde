import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore, type OpenOptions, type Store } from '../../src/db/store.js';
import type { Ctx } from '../../src/core/context.js';

export interface TestContext extends Ctx {
  store: Store;
  dir: string;
  /** Moves the test clock (an ISO instant). */
  setNow(iso: string): void;
  close(): Promise<void>;
}

/** A private temp directory, removed by the caller (or left for the OS in /tmp). */
export function tempDir(prefix = 'tongxing-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * A fresh, fully migrated database in a temp directory with a fixed clock: by default
 * 2026-11-23 10:00 in Shanghai.
 */
export async function createTestContext(
  opts: { now?: string; timeZone?: string; open?: OpenOptions } = {},
): Promise<TestContext> {
  const dir = tempDir();
  const store = await openStore(path.join(dir, 'tongxing.db'), opts.open);
  let nowMs = Date.parse(opts.now ?? '2026-11-23T02:00:00Z');
  return {
    db: store.db,
    store,
    dir,
    timeZone: opts.timeZone ?? 'Asia/Shanghai',
    now: () => new Date(nowMs),
    setNow(iso: string) {
      nowMs = Date.parse(iso);
    },
    async close() {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
