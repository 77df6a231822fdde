import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/helpers/test-db.js';
import { expectAppError } from '../../test/helpers/errors.js';
import { allowedHostsFor, isLoopback, startServer, type RunningServer } from './serve.js';

let ctx: TestContext;
let server: RunningServer;
beforeAll(async () => {
  ctx = await createTestContext();
  server = await startServer({ store: ctx.store, host: '127.0.0.1', port: 0, version: '0.1.0' });
});
afterAll(async () => {
  await server.close();
  await ctx.close();
});

describe('startServer', () => {
  it('listens on loopback and answers over real HTTP', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const r = await fetch(`${server.url}api/v1/health`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ ok: true, version: '0.1.0' });
  });

  it('says the port is taken instead of failing obscurely', async () => {
    const e = await expectAppError(
      startServer({ store: ctx.store, host: '127.0.0.1', port: server.port, version: '0.1.0' }),
      'PortInUse',
    );
    expect(e.details.port).toBe(server.port);
  });
});

describe('host names', () => {
  it('knows loopback addresses', () => {
    for (const h of ['127.0.0.1', 'localhost', '::1', '127.0.0.2'])
      expect(isLoopback(h), h).toBe(true);
    for (const h of ['0.0.0.0', '192.168.1.5', '::']) expect(isLoopback(h), h).toBe(false);
  });

  it('allows only loopback names on a loopback bind, and the bound address beyond it', () => {
    expect(allowedHostsFor('127.0.0.1', 4747).sort()).toEqual([
      '127.0.0.1:4747',
      '[::1]:4747',
      'localhost:4747',
    ]);
    const lan = allowedHostsFor('192.168.1.5', 4747);
    expect(lan).toContain('192.168.1.5:4747');
    expect(lan).toContain('127.0.0.1:4747');
    expect(lan.every((h) => h.endsWith(':4747'))).toBe(true);
  });
});
