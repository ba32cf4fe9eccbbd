import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TEST_JWT_SECRET } from './harness.ts';

const apiRoot = resolve(import.meta.dirname, '../..');

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
    server.on('error', reject);
  });
}

/**
 * The real server (`src/server.ts` through tsx) as a child process, for tests of what only a whole
 * process shows: signals, exit codes, surviving a database outage with the same pid.
 * Logs are pino JSON on stdout; `lines()` parses them.
 */
export async function startServerProcess(env: Record<string, string>) {
  const dataDir = await mkdtemp(join(tmpdir(), 'mentoring-proc-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = '';
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(apiRoot, 'src/server.ts')], {
    cwd: apiRoot,
    env: {
      // biome-ignore lint/style/noProcessEnv: the child needs PATH and the like; the app reads its own config.
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: 'info',
      SEED_DEMO: 'false',
      NODE_ENV: 'production',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) =>
    child.once('exit', (code, signal) => resolveExit({ code, signal })),
  );

  const handle = {
    baseUrl,
    pid: child.pid as number,
    child,
    exited,
    output: () => output,
    /** The pino log records written so far. */
    lines: () =>
      output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { msg?: string; level: number; [key: string]: unknown }),
    alive: () => child.exitCode === null && child.signalCode === null,
    async waitReady(timeoutMs = 90_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if (!handle.alive()) throw new Error(`server exited early:\n${output}`);
        const response = await fetch(`${baseUrl}/readyz`).catch(() => undefined);
        if (response?.ok) return;
        if (Date.now() > deadline) throw new Error(`server did not become ready:\n${output}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    /** Kills it if still running and removes its data folder; safe to call twice. */
    async destroy() {
      if (handle.alive()) {
        child.kill('SIGKILL');
        await exited;
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return handle;
}
export type ServerProcess = Awaited<ReturnType<typeof startServerProcess>>;
