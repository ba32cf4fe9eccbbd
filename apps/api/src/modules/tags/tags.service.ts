import type { Tag } from '@mentoring/contracts';
import type { Db } from '@mentoring/db';
import { tags } from '@mentoring/db/schema';
import { and, asc, eq, notInArray, sql } from 'drizzle-orm';
import { AppError } from '../../lib/app-error.ts';
import type { AuthUser } from '../../plugins/auth.ts';
import { ANY_ROLE, requireMembership, requireWritable } from '../access/access.service.ts';

export function createTagsService({ db }: { db: Db }) {
  async function list(programId: string): Promise<Tag[]> {
    return db
      .select({ kind: tags.kind, slug: tags.slug, labelFi: tags.labelFi, labelEn: tags.labelEn })
      .from(tags)
      .where(eq(tags.programId, programId))
      .orderBy(asc(tags.kind), asc(tags.labelFi));
  }

  return {
    async get(user: AuthUser, programId: string): Promise<Tag[]> {
      await requireMembership(db, user, programId, ANY_ROLE);
      return list(programId);
    },

    /** Replaces the vocabulary: labels of existing slugs change, missing slugs are removed. */
    async put(user: AuthUser, programId: string, next: Tag[]): Promise<Tag[]> {
      const { program } = await requireMembership(db, user, programId, ['coordinator']);
      requireWritable(program);
      const keys = next.map((t) => `${t.kind}:${t.slug}`);
      const duplicate = keys.findIndex((key, i) => keys.indexOf(key) !== i);
      if (duplicate >= 0) {
        throw new AppError(400, 'duplicate_tag', 'A tag appears twice.', {
          fieldErrors: [{ path: `body.tags.${duplicate}.slug`, message: 'Duplicate' }],
        });
      }
      await db.transaction(async (tx) => {
        const keep = next.map((t) => `${t.kind}:${t.slug}`);
        await tx
          .delete(tags)
          .where(
            and(
              eq(tags.programId, programId),
              keep.length > 0 ? notInArray(sql`${tags.kind} || ':' || ${tags.slug}`, keep) : undefined,
            ),
          );
        if (next.length > 0) {
          await tx
            .insert(tags)
            .values(next.map((t) => ({ ...t, programId })))
            .onConflictDoUpdate({
              target: [tags.programId, tags.kind, tags.slug],
              set: { labelFi: sql`excluded.label_fi`, labelEn: sql`excluded.label_en` },
            });
        }
      });
      return list(programId);
    },
  };
}
export type TagsService = ReturnType<typeof createTagsService>;
