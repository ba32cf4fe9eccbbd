import { type Db, queryRows } from '@mentoring/db';
import { sql } from 'drizzle-orm';

/** Tables a rejected request may write to by design: throttling counts failures, audit records reads. */
const WRITTEN_ON_REJECTION = new Set(['auth_throttle', 'audit_log', '__drizzle_migrations']);

/**
 * A digest of every row of every table: equal digests mean no request changed anything. Cheap on
 * the small world the fuzz test builds; taken only around runs of rejected requests.
 */
export async function databaseFingerprint(db: Db): Promise<string> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const parts = tables
    .filter((t) => !WRITTEN_ON_REJECTION.has(t.name))
    .map(
      (t) =>
        sql`select ${t.name} as t, coalesce(md5(string_agg(x::text, '|' order by x::text)), '') as h from ${sql.identifier(t.name)} x`,
    );
  const rows = await queryRows<{ t: string; h: string }>(db, sql.join(parts, sql` union all `));
  return rows.map((r) => `${r.t}:${r.h}`).join(',');
}
