import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { dropStaleTestDatabases, testDatabaseName } from './index.ts';

const adminUrl = process.env.TEST_DATABASE_URL;
const HOUR = 3_600_000;

async function databases(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ datname: string }>('select datname from pg_database');
    return result.rows.map((row) => row.datname);
  } finally {
    await client.end();
  }
}

describe('test database names', () => {
  it('carry their creation time, so leftovers can be told from a running suite’s', () => {
    expect(testDatabaseName('test', Date.UTC(2026, 10, 29))).toMatch(
      /^mentoring_test_[0-9a-z]{6}_[0-9a-f]{8}$/,
    );
  });
});

// Only PostgreSQL keeps databases after a killed run (PGlite's live in memory).
describe.skipIf(!adminUrl)('stale test databases (PostgreSQL)', () => {
  it('a new run drops those older than 6 hours and leaves younger ones alone', async () => {
    const url = adminUrl as string;
    const old = testDatabaseName('test', Date.now() - 7 * HOUR);
    const young = testDatabaseName('test', Date.now() - 1 * HOUR);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`create database ${old}`);
      await admin.query(`create database ${young}`);
      const dropped = await dropStaleTestDatabases(url);
      expect(dropped).toContain(old);
      expect(dropped).not.toContain(young);
      const left = await databases(url);
      expect(left).not.toContain(old);
      expect(left).toContain(young);
    } finally {
      await admin.query(`drop database if exists ${old}`);
      await admin.query(`drop database if exists ${young}`);
      await admin.end();
    }
  });
});
