import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { Ctx } from '../../src/core/context.js';
import { openStore, type Store } from '../../src/db/store.js';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import { launchChromium } from './browser.js';
import { ROOT, ensureBuilt } from './cli.js';
import { tempDir } from './test-db.js';

/** Where browser tests write their screenshots (look at them). */
export const SHOTS = path.join(ROOT, 'e2e', '.artifacts', 'screenshots');
/** axe-core, injected into pages to check accessibility. */
export const AXE = fs.readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** The built web app served by a real server on a temporary database, and a Chromium to drive it. */
export interface WebApp {
  store: Store;
  server: RunningServer;
  browser: Browser;
  /** An absolute URL on the server. */
  url(p: string): string;
  /** A service context on the same database (to seed data or check it). */
  ctx(): Ctx;
  close(): Promise<void>;
}

export async function startWebApp(
  prefix: string,
  seed?: (ctx: Ctx) => Promise<void>,
): Promise<WebApp> {
  ensureBuilt();
  const dir = tempDir(prefix);
  const store = await openStore(path.join(dir, 'web.db'));
  const ctx = (): Ctx => ({ db: store.db, now: () => new Date(), timeZone: 'Asia/Shanghai' });
  if (seed) await seed(ctx());
  const server = await startServer({
    store,
    host: '127.0.0.1',
    port: 0,
    version: '0.1.0',
    webRoot: path.join(ROOT, 'dist', 'web'),
  });
  const browser = await launchChromium();
  fs.mkdirSync(SHOTS, { recursive: true });
  return {
    store,
    server,
    browser,
    url: (p) => `${server.url.replace(/\/$/, '')}${p}`,
    ctx,
    async close() {
      await browser.close();
      await server.close();
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh browser profile in one language. Page errors, native dialogs and console errors are
 * collected in `problems` (tests expect it empty); `ignoreConsole` lets through console errors a
 * test provokes on purpose.
 */
export async function openPage(
  browser: Browser,
  lang: 'en' | 'zh',
  width = 1280,
  opts: { ignoreConsole?: RegExp; context?: BrowserContextOptions } = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({
    locale: lang === 'zh' ? 'zh-CN' : 'en-US',
    viewport: { width, height: width < 600 ? 844 : 900 },
    ...opts.context,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && !opts.ignoreConsole?.test(m.text())) {
      problems.push(`console: ${m.text()}`);
    }
  });
  return { context, page, problems };
}
