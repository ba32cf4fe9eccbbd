import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './server-process.ts';

const run = promisify(execFile);
const BIN = '/usr/lib/postgresql/15/bin';

/**
 * Why a test that needs its own PostgreSQL server cannot run here, or undefined when it can.
 * initdb refuses to run as root, so the server runs as the `postgres` user, which needs root.
 */
export function ownPostgresUnavailable(): string | undefined {
  if (userInfo().uid !== 0) return 'needs root (the server runs as the postgres user); CI runs as root';
  for (const tool of ['initdb', 'pg_ctl', 'postgres']) {
    if (!existsSync(join(BIN, tool))) return `PostgreSQL 15 is not installed (${BIN}/${tool} missing)`;
  }
  return undefined;
}

async function asPostgres(args: string[], timeout = 60_000) {
  return run('runuser', ['-u', 'postgres', '--', ...args], { timeout });
}

async function uidOf(name: string): Promise<{ uid: number; gid: number }> {
  const { stdout } = await run('id', ['-u', name]);
  const { stdout: gid } = await run('id', ['-g', name]);
  return { uid: Number(stdout.trim()), gid: Number(gid.trim()) };
}

/**
 * A throwaway PostgreSQL 15 cluster in a temporary directory, on a free loopback port, that a test
 * may stop and start at will (the shared cluster other tests use must never go down).
 * `destroy()` stops it and removes the directory; call it in `finally`/afterAll.
 */
export async function startOwnPostgres() {
  const root = await mkdtemp('/tmp/mentoring-pg-');
  const dataDir = join(root, 'data');
  const logFile = join(root, 'server.log');
  const port = await freePort();
  const pgCtl = join(BIN, 'pg_ctl');
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c max_connections=40`;
  const start = () =>
    asPostgres([pgCtl, '-D', dataDir, '-l', logFile, '-w', '-t', '30', '-o', options, 'start']);
  /** `immediate` is a crash as far as clients are concerned: connections drop, WAL replays on start. */
  const stop = (mode: 'fast' | 'immediate' = 'fast') =>
    asPostgres([pgCtl, '-D', dataDir, '-m', mode, '-w', '-t', '30', 'stop']);
  try {
    const owner = await uidOf('postgres');
    await chown(root, owner.uid, owner.gid);
    // Trust auth on loopback: the cluster lives for one test and listens only on 127.0.0.1.
    await asPostgres([join(BIN, 'initdb'), '-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8']);
    await start();
  } catch (error) {
    await stop('immediate').catch(() => undefined);
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start,
    stop,
    log: () => readFile(logFile, 'utf8').catch(() => ''),
    async destroy() {
      await stop('immediate').catch(() => undefined); // already stopped is fine
      await rm(root, { recursive: true, force: true });
    },
  };
}
export type OwnPostgres = Awaited<ReturnType<typeof startOwnPostgres>>;
