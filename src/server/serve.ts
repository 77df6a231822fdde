import { spawn } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { Store } from '../db/store.js';
import { AppError } from '../core/errors.js';
import { createApp } from './app.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || host.startsWith('127.');
}

/** Every `host:port` this server can legitimately be reached as. */
export function allowedHostsFor(host: string, port: number): string[] {
  const names = new Set(['127.0.0.1', 'localhost', '[::1]']);
  if (!isLoopback(host)) {
    names.add(host.includes(':') ? `[${host}]` : host);
    names.add(os.hostname().toLowerCase());
    for (const addrs of Object.values(os.networkInterfaces())) {
      for (const a of addrs ?? []) names.add(a.family === 'IPv6' ? `[${a.address}]` : a.address);
    }
  }
  return [...names].map((n) => `${n}:${port}`);
}

/** The built web app, beside the CLI bundle (dist/web) or, when run from source, in dist/. */
export function findWebRoot(): string | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const c of [
    path.resolve(here, '../web'),
    path.resolve(here, '../../dist/web'),
    path.resolve(here, '../../../dist/web'),
  ]) {
    if (fs.existsSync(path.join(c, 'index.html'))) return c;
  }
  return undefined;
}

/** Opens the default browser, unless under CI or on a machine without a display. */
export function openBrowser(url: string): boolean {
  if (process.env.CI) return false;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)
    return false;
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    spawn(cmd, args, { stdio: 'ignore', detached: true })
      .on('error', () => undefined)
      .unref();
    return true;
  } catch {
    return false;
  }
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Listens on host:port (0 picks a free port) and serves the app on an open store. */
export async function startServer(opts: {
  store: Store;
  host: string;
  port: number;
  version: string;
  webRoot?: string;
}): Promise<RunningServer> {
  // The app needs the port (its allowed Host names), known only once listening: requests wait for it.
  const ready: { fetch?: (req: Request) => Response | Promise<Response> } = {};
  const server = serve({ fetch: (req) => ready.fetch!(req), hostname: opts.host, port: opts.port });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'EADDRINUSE' ? new AppError('PortInUse', { port: opts.port }) : e),
    );
  });
  const port = (server.address() as AddressInfo).port;
  const app = createApp({
    store: opts.store,
    version: opts.version,
    allowedHosts: allowedHostsFor(opts.host, port),
    requireToken: !isLoopback(opts.host),
    webRoot: opts.webRoot,
  });
  ready.fetch = (req) => app.fetch(req);
  const shown = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  return {
    url: `http://${opts.host === '0.0.0.0' || opts.host === '::' ? '127.0.0.1' : shown}:${port}/`,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
