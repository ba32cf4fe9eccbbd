import { randomBytes } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Database, openPglite, openPostgres } from '../client.ts';
import { migrateDatabase } from '../migrate.ts';

/**
 * Test databases. Migrating a database takes seconds (PGlite's initdb alone 3-6 s), so the global
 * setup migrates one template once and every test file gets its own copy of it: a PGlite data-dir
 * dump loaded in-process, or `CREATE DATABASE ... TEMPLATE` on PostgreSQL when TEST_DATABASE_URL is
 * set. Test files never share a database, so they run in parallel without cleaning up after
 * each other.
 */
export type TestTemplate = { kind: 'pglite'; file: string } | { kind: 'postgres'; url: string; name: string };

export async function createTestTemplate(): Promise<TestTemplate> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    await dropStaleTestDatabases(adminUrl);
    const name = testDatabaseName('template');
    await adminQuery(adminUrl, `create database ${name}`);
    const database = openPostgres({ url: withDatabase(adminUrl, name), maxConnections: 2 });
    try {
      await migrateDatabase(database);
    } finally {
      await database.close();
    }
    return { kind: 'postgres', url: adminUrl, name };
  }
  const database = await openPglite();
  try {
    await migrateDatabase(database);
    const dump = await database.pglite?.dumpDataDir('none');
    if (!dump) throw new Error('PGlite dump failed');
    const file = join(tmpdir(), `mentoring-template-${process.pid}-${randomBytes(4).toString('hex')}.tar`);
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
    return { kind: 'pglite', file };
  } finally {
    await database.close();
  }
}

export async function dropTestTemplate(template: TestTemplate): Promise<void> {
  if (template.kind === 'pglite') await rm(template.file, { force: true });
  else await dropDatabase(template.url, template.name);
}

/** A fresh, migrated database of this test file's own. `close()` also drops it. */
export async function openTestDatabase(template: TestTemplate): Promise<Database> {
  if (template.kind === 'pglite') {
    const blob = new Blob([await readFile(template.file)]);
    return openPglite({ loadDataDir: blob });
  }
  const name = testDatabaseName('test');
  await adminQuery(template.url, `create database ${name} template ${template.name}`);
  const database = openPostgres({ url: withDatabase(template.url, name), maxConnections: 5 });
  return {
    ...database,
    close: async () => {
      await database.close();
      await dropDatabase(template.url, name);
    },
  };
}

/** A brand-new, empty (unmigrated) database, for tests of migration itself. */
export async function openEmptyDatabase(): Promise<{
  open: () => Promise<Database>;
  drop: () => Promise<void>;
}> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const database = await openPglite();
    const drop = async () => {
      if (!database.pglite?.closed) await database.close();
    };
    return { open: async () => database, drop };
  }
  const name = testDatabaseName('empty');
  await adminQuery(adminUrl, `create database ${name}`);
  return {
    open: async () => openPostgres({ url: withDatabase(adminUrl, name), maxConnections: 3 }),
    drop: () => dropDatabase(adminUrl, name),
  };
}

/**
 * Test databases are named `mentoring_<kind>_<created, seconds in base 36>_<random>`, so a run can
 * tell the ones a killed run left behind (older than any run lasts) from a parallel run's.
 */
const TEST_DATABASE = /^mentoring_(?:template|test|empty)_([0-9a-z]+)_[0-9a-f]+$/;
const STALE_AFTER_MS = 6 * 3_600_000;

export function testDatabaseName(kind: 'template' | 'test' | 'empty', now = Date.now()): string {
  return `mentoring_${kind}_${Math.floor(now / 1000).toString(36)}_${randomBytes(4).toString('hex')}`;
}

/** Drops the test databases of runs that were killed before they could clean up (> 6 hours old). */
export async function dropStaleTestDatabases(url: string, now = Date.now()): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let names: string[];
  try {
    const result = await client.query<{ datname: string }>(
      "select datname from pg_database where datname like 'mentoring\\_%'",
    );
    names = result.rows.map((row) => row.datname);
  } finally {
    await client.end();
  }
  const stale = names.filter((name) => {
    const created = TEST_DATABASE.exec(name)?.[1];
    return created !== undefined && now - Number.parseInt(created, 36) * 1000 > STALE_AFTER_MS;
  });
  for (const name of stale) await dropDatabase(url, name);
  return stale;
}

export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/**
 * Drops a test database, ending any connection still open to it. FORCE may refuse (42501) when a
 * process our role cannot end is on it, such as an autovacuum worker that just started on the new
 * tables; a plain DROP then asks that worker to stop and waits for it, so use that, a few times.
 */
async function dropDatabase(url: string, name: string): Promise<void> {
  try {
    await adminQuery(url, `drop database if exists ${name} with (force)`);
    return;
  } catch (error) {
    if ((error as { code?: string }).code !== '42501') throw error;
  }
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(url, `drop database if exists ${name}`);
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
