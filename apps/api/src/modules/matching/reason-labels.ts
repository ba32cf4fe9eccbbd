import type { Db } from '@mentoring/db';
import { tags } from '@mentoring/db/schema';
import type { TagLabels } from '@mentoring/matching';
import { eq } from 'drizzle-orm';

export async function loadTagLabels(db: Db, programId: string): Promise<TagLabels> {
  const rows = await db.select().from(tags).where(eq(tags.programId, programId));
  return new Map(rows.map((t) => [t.slug, { fi: t.labelFi, en: t.labelEn }]));
}
