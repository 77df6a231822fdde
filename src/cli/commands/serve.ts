import type { Command } from 'commander';
import { ensureAccessToken } from '../../core/access/access.service.js';
import type { Lang } from '../../core/i18n/lang.js';
import { pc, println } from '../output.js';
import { act } from '../run.js';

export function registerServe(program: Command, lang: Lang, version: string): void {
  const zh = lang === 'zh';
  program
    .command('serve')
    .description(
      zh
        ? '启动网页版（默认只在本机 127.0.0.1 上）'
        : 'start the web app (on 127.0.0.1 by default)',
    )
    .option('--port <port>', zh ? '端口（默认 4747）' : 'port (default 4747)', Number, 4747)
    .option(
      '--host <host>',
      zh
        ? '监听地址；非本机地址需要访问令牌'
        : 'address to listen on; anything but loopback requires a token',
      '127.0.0.1',
    )
    .option('--no-open', zh ? '不自动打开浏览器' : 'do not open the browser')
    .option(
      '--new-token',
      zh ? '生成新的访问令牌（旧的失效）' : 'issue a new access token (the old one stops working)',
    )
    .action(
      act(async (cli, o: { port: number; host: string; open: boolean; newToken?: boolean }) => {
        const { t } = cli;
        // The server (hono, the OpenAPI generator) loads only for this command, not on every CLI start.
        const { findWebRoot, isLoopback, openBrowser, startServer } =
          await import('../../server/serve.js');
        let token: string | undefined;
        if (!isLoopback(o.host)) token = await ensureAccessToken(cli.ctx, o.newToken ?? false);
        const webRoot = findWebRoot();
        const server = await startServer({
          store: cli.store,
          host: o.host,
          port: o.port,
          version,
          webRoot,
        });
        println(pc.bold(t('serving', { url: server.url })));
        if (!webRoot) println(pc.yellow(t('noWebBuild')));
        if (!isLoopback(o.host)) {
          println(
            token
              ? t('tokenNew', { url: `${server.url}?token=${token}`, token })
              : t('tokenExisting'),
          );
        }
        println(pc.dim(t('stopHint')));
        if (o.open) openBrowser(token ? `${server.url}?token=${token}` : server.url);
        await new Promise<void>((resolve) => {
          process.once('SIGINT', resolve);
          process.once('SIGTERM', resolve);
        });
        await server.close();
      }),
    );
}
