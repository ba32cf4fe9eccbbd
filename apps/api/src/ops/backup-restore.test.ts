import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { type Database, type Db, migrateDatabase, openPglite, queryRows } from '@mentoring/db';
import { programs, users } from '@mentoring/db/schema';
import { openTestDatabase } from '@mentoring/db/testing';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAccessWorld, createProgram } from '../test/factories.ts';

const run = promisify(execFile);
const apiRoot = resolve(import.meta.dirname, '../..');
const template = inject('dbTemplate');

/** Runs `src/cli/<name>.ts` as `pnpm db:<name>` does, against the given database settings. */
function cli(name: 'backup' | 'restore', file: string, env: { DATA_DIR?: string; DATABASE_URL?: string }) {
  return run(process.execPath, ['--import', 'tsx', join(apiRoot, `src/cli/${name}.ts`), file], {
    cwd: apiRoot,
    // biome-ignore lint/style/noProcessEnv: the CLI needs PATH (pg_dump) and reads its own config.
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: '', ...env, INIT_CWD: apiRoot },
    timeout: 120_000,
  });
}

/** Rows in every table of the database (migrations bookkeeping included), by schema.table. */
async function rowCounts(db: Db): Promise<Record<string, number>> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select format('%I.%I', table_schema, table_name) as name from information_schema.tables
        where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
        order by 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await queryRows<{ n: number }>(db, sql.raw(`select count(*)::int as n from ${name}`));
    counts[name] = row?.n ?? -1;
  }
  return counts;
}

/** Some data worth restoring, then the changes a restore must undo. */
async function seed(db: Db) {
  const world = await createAccessWorld(db);
  return world.users.outsider.id;
}
async function damage(db: Db, userId: string) {
  await db.delete(users).where(eq(users.id, userId));
  await createProgram(db, { name: 'Made after the backup' });
}

describe('backup and restore', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mentoring-backup-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('embedded database: pnpm db:backup, changes, pnpm db:restore gives back every row', async () => {
    const dataDir = join(dir, 'data');
    const pgliteDir = join(dataDir, 'pglite');
    const open = () => openPglite({ dataDir: pgliteDir });
    await mkdir(pgliteDir, { recursive: true });
    // The app's layout: DATA_DIR/pglite, migrated (a copy of the test template when there is one).
    let database: Database =
      template.kind === 'pglite'
        ? await openPglite({ dataDir: pgliteDir, loadDataDir: new Blob([await readFile(template.file)]) })
        : await open();
    if (template.kind !== 'pglite') await migrateDatabase(database);
    const userId = await seed(database.db);
    const before = await rowCounts(database.db);

    // The app holds the folder while it runs: a backup must refuse rather than copy a live database.
    const file = join(dir, 'embedded.tar.gz');
    await expect(cli('backup', file, { DATA_DIR: dataDir })).rejects.toThrow(/in use: stop the app first/);
    await database.close();

    await cli('backup', file, { DATA_DIR: dataDir });
    database = await open();
    await damage(database.db, userId);
    expect(await rowCounts(database.db)).not.toEqual(before);
    await database.close();

    const { stdout } = await cli('restore', file, { DATA_DIR: dataDir });
    expect(stdout).toContain('was kept in');
    database = await open();
    try {
      expect(await rowCounts(database.db)).toEqual(before);
      expect(
        await database.db.select().from(programs).where(eq(programs.name, 'Made after the backup')),
      ).toEqual([]);
    } finally {
      await database.close();
    }
  }, 180_000);

  it('refuses a file that is not a backup of this kind', async () => {
    const bogus = join(dir, 'bogus.dump');
    await writeFile(bogus, 'PGDMP pretending');
    await expect(cli('restore', bogus, { DATA_DIR: join(dir, 'elsewhere') })).rejects.toThrow(
      /is a pg_dump file: set DATABASE_URL/,
    );
  }, 60_000);

  // pg_dump / pg_restore need a server; CI's PostgreSQL run provides one (TEST_DATABASE_URL).
  it.runIf(template.kind === 'postgres')(
    'PostgreSQL: pg_dump while in use, changes, pg_restore gives back every row',
    async () => {
      const database = await openTestDatabase(template); // a database of this test's own
      try {
        const url = database.pool?.options.connectionString as string;
        const userId = await seed(database.db);
        const before = await rowCounts(database.db);
        const file = join(dir, 'server.dump');
        await cli('backup', file, { DATABASE_URL: url });
        await damage(database.db, userId);
        expect(await rowCounts(database.db)).not.toEqual(before);
        await cli('restore', file, { DATABASE_URL: url });
        expect(await rowCounts(database.db)).toEqual(before);
        expect((await database.db.select().from(users).where(eq(users.id, userId))).length).toBe(1);
      } finally {
        await database.close();
      }
    },
    120_000,
  );
});
