import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { openPglite } from './client.ts';

const run = promisify(execFile);

/**
 * Backups of both database modes. PostgreSQL: `pg_dump -Fc`, a consistent snapshot taken while the
 * app runs, and `pg_restore` into the same database. Embedded (PGlite): a gzip tarball of the data
 * folder made by PGlite itself; only one process may open that folder, so the app must be stopped.
 */

/** `pg_dump` and `pg_restore` from PATH, or from `binDir` (e.g. /usr/lib/postgresql/16/bin). */
function tool(name: 'pg_dump' | 'pg_restore', binDir?: string) {
  return binDir ? join(binDir, name) : name;
}

async function majorOf(command: string): Promise<number> {
  const { stdout } = await run(command, ['--version']).catch((error: Error) => {
    throw new Error(`${command} was not found (${error.message}). Install the PostgreSQL client tools.`);
  });
  const match = /(\d+)(?:\.\d+)?/.exec(stdout);
  return Number(match?.[1] ?? 0);
}

async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>('show server_version_num');
    return Math.floor(Number(rows[0]?.v) / 10_000);
  } finally {
    await client.end();
  }
}

/** pg_dump refuses servers newer than itself; say so before it fails with a longer message. */
async function checkVersions(command: string, url: string): Promise<void> {
  const [client, server] = await Promise.all([majorOf(command), serverMajor(url)]);
  if (client < server) {
    throw new Error(
      `${command} is version ${client} but the server is PostgreSQL ${server}: use client tools ${server} or newer (PG_BIN=/usr/lib/postgresql/${server}/bin).`,
    );
  }
}

export async function backupPostgres(url: string, file: string, binDir?: string): Promise<void> {
  const command = tool('pg_dump', binDir);
  await checkVersions(command, url);
  await run(command, ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${url}`], {
    maxBuffer: 16 * 1024 * 1024,
  });
}

/**
 * Replaces the database's contents with the dump's, in one transaction: a restore that fails
 * halfway leaves the database as it was.
 */
export async function restorePostgres(url: string, file: string, binDir?: string): Promise<void> {
  await expectFormat(file, 'postgres');
  const command = tool('pg_restore', binDir);
  await checkVersions(command, url);
  await run(
    command,
    [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      '--exit-on-error',
      `--dbname=${url}`,
      file,
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
}

/** PGlite leaves postmaster.pid in its folder while open (and after a crash). */
function refuseIfOpen(dataDir: string) {
  if (existsSync(join(dataDir, 'postmaster.pid'))) {
    throw new Error(
      `The database in ${dataDir} is in use: stop the app first (only one process may open it). If the app is not running, it stopped uncleanly: start it and stop it once, then try again.`,
    );
  }
}

export async function backupPglite(dataDir: string, file: string): Promise<void> {
  if (!existsSync(join(dataDir, 'PG_VERSION'))) throw new Error(`No database in ${dataDir}.`);
  refuseIfOpen(dataDir);
  const database = await openPglite({ dataDir });
  try {
    const dump = await database.pglite?.dumpDataDir('gzip');
    if (!dump) throw new Error('PGlite could not dump its data folder.');
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await database.close();
  }
}

/**
 * Unpacks the backup beside the data folder, checks that it opens, then swaps it in. The previous
 * folder is kept (returned) rather than deleted, so a wrong restore can be undone by hand.
 */
export async function restorePglite(dataDir: string, file: string): Promise<string | undefined> {
  await expectFormat(file, 'pglite');
  refuseIfOpen(dataDir);
  const staging = `${dataDir}.restoring`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(dirname(dataDir), { recursive: true }); // restoring onto a fresh machine
  const restored = await openPglite({ dataDir: staging, loadDataDir: new Blob([await readFile(file)]) });
  await restored.ping();
  await restored.close();
  let previous: string | undefined;
  if (existsSync(dataDir)) {
    previous = `${dataDir}.before-restore-${new Date().toISOString().replaceAll(':', '-')}`;
    await rename(dataDir, previous);
  }
  await rename(staging, dataDir);
  return previous;
}

/** A custom-format dump starts with "PGDMP"; a PGlite backup is gzip. Refuse the wrong kind early. */
async function expectFormat(file: string, kind: 'postgres' | 'pglite'): Promise<void> {
  const handle = await open(file, 'r');
  const head = Buffer.alloc(5);
  try {
    await handle.read(head, 0, 5, 0);
  } finally {
    await handle.close();
  }
  const isDump = head.toString('latin1') === 'PGDMP';
  const isGzip = head[0] === 0x1f && head[1] === 0x8b;
  if (kind === 'postgres' && !isDump) {
    throw new Error(
      `${file} is not a pg_dump file${isGzip ? ' (it looks like an embedded-database backup)' : ''}.`,
    );
  }
  if (kind === 'pglite' && !isGzip) {
    throw new Error(
      `${file} is not an embedded-database backup${isDump ? ' (it is a pg_dump file: set DATABASE_URL)' : ''}.`,
    );
  }
}
