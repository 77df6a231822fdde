import { spawn } from 'node:child_process';

/** `tongxing serve` in a child process (a load generator in the same process would steal its event loop). */
export async function startServer(db: string): Promise<{ url: string; stop: () => void }> {
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
