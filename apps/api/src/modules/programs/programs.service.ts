import type { Program, ProgramSummary } from '@mentoring/contracts';
import type { Db } from '@mentoring/db';
import { participants, programs } from '@mentoring/db/schema';
import { and, asc, count, eq, inArray, isNull } from 'drizzle-orm';
import type { AuthUser } from '../../plugins/auth.ts';
import { ANY_ROLE, type ProgramRow, requireMembership } from '../access/access.service.ts';

export function toProgram(row: ProgramRow): Program {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    timeZone: row.timeZone,
    archived: row.archivedAt !== null,
  };
}

export function createProgramsService({ db }: { db: Db }) {
  async function roleCounts(programIds: string[]) {
    if (programIds.length === 0) return new Map<string, ProgramSummary['counts']>();
    const rows = await db
      .select({ programId: participants.programId, role: participants.role, n: count() })
      .from(participants)
      .where(and(inArray(participants.programId, programIds), isNull(participants.removedAt)))
      .groupBy(participants.programId, participants.role);
    const counts = new Map<string, ProgramSummary['counts']>();
    for (const row of rows) {
      const entry = counts.get(row.programId) ?? { coordinator: 0, mentor: 0, actor: 0 };
      entry[row.role] = row.n;
      counts.set(row.programId, entry);
    }
    return counts;
  }

  return {
    /** Programs the user belongs to; admins see every program. Newest first. */
    async list(user: AuthUser): Promise<ProgramSummary[]> {
      const rows = await db
        .select({ program: programs, role: participants.role })
        .from(programs)
        .leftJoin(
          participants,
          and(
            eq(participants.programId, programs.id),
            eq(participants.userId, user.id),
            isNull(participants.removedAt),
          ),
        )
        .orderBy(asc(programs.archivedAt), asc(programs.startsOn));
      const visible = rows.filter((r) => r.role || user.isAdmin);
      const counts = await roleCounts(visible.map((r) => r.program.id));
      return visible.map((r) => ({
        ...toProgram(r.program),
        myRole: r.role ?? null,
        counts: counts.get(r.program.id) ?? { coordinator: 0, mentor: 0, actor: 0 },
      }));
    },

    async get(user: AuthUser, programId: string): Promise<ProgramSummary> {
      const access = await requireMembership(db, user, programId, ANY_ROLE);
      const counts = await roleCounts([programId]);
      return {
        ...toProgram(access.program),
        myRole: access.role,
        counts: counts.get(programId) ?? { coordinator: 0, mentor: 0, actor: 0 },
      };
    },
  };
}
export type ProgramsService = ReturnType<typeof createProgramsService>;
