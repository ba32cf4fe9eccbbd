import type {
  CreateProgramBody,
  Program,
  ProgramDetail,
  ProgramSummary,
  UpdateProgramBody,
} from '@mentoring/contracts';
import { type Db, DEFAULT_TAGS, defaultPhases, type Tx } from '@mentoring/db';
import { participants, programPhases, programs, tags } from '@mentoring/db/schema';
import { and, asc, count, eq, inArray, isNull } from 'drizzle-orm';
import { AppError, forbidden } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuthUser } from '../../plugins/auth.ts';
import {
  ANY_ROLE,
  currentMemberOf,
  type ProgramRow,
  requireMembership,
  requireWritable,
} from '../access/access.service.ts';

import { checkPhases, checkProgramDates } from './phases.ts';

export function toProgram(row: ProgramRow): Program {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    timeZone: row.timeZone,
    targetMeetingsPerPair: row.targetMeetingsPerPair,
    retentionMonths: row.retentionMonths,
    archived: row.archivedAt !== null,
  };
}

const noCounts = () => ({ coordinator: 0, mentor: 0, actor: 0 });

async function replacePhases(tx: Tx, programId: string, phases: NonNullable<UpdateProgramBody['phases']>) {
  await tx.delete(programPhases).where(eq(programPhases.programId, programId));
  if (phases.length === 0) return;
  await tx.insert(programPhases).values(phases.map((phase, position) => ({ ...phase, programId, position })));
}

export function createProgramsService({ db, clock }: { db: Db; clock: Clock }) {
  async function roleCounts(programIds: string[]) {
    const counts = new Map<string, ProgramSummary['counts']>();
    if (programIds.length === 0) return counts;
    const rows = await db
      .select({ programId: participants.programId, role: participants.role, n: count() })
      .from(participants)
      .where(and(inArray(participants.programId, programIds), isNull(participants.removedAt)))
      .groupBy(participants.programId, participants.role);
    for (const row of rows) {
      const entry = counts.get(row.programId) ?? noCounts();
      entry[row.role] = row.n;
      counts.set(row.programId, entry);
    }
    return counts;
  }

  async function detail(programId: string, myRole: ProgramDetail['myRole']): Promise<ProgramDetail> {
    const [row] = await db.select().from(programs).where(eq(programs.id, programId));
    if (!row) throw new AppError(404, 'not_found', 'Program was not found.');
    const phases = await db
      .select()
      .from(programPhases)
      .where(eq(programPhases.programId, programId))
      .orderBy(asc(programPhases.position));
    const counts = await roleCounts([programId]);
    return {
      ...toProgram(row),
      myRole,
      counts: counts.get(programId) ?? noCounts(),
      phases: phases.map(({ id, kind, name, startsOn, endsOn }) => ({ id, kind, name, startsOn, endsOn })),
    };
  }

  return {
    /** Programs the user belongs to; admins see every program. Running first, archived last. */
    async list(user: AuthUser): Promise<ProgramSummary[]> {
      const rows = await db
        .select({ program: programs, role: participants.role })
        .from(programs)
        .leftJoin(participants, currentMemberOf(participants, programs.id, user.id))
        .orderBy(asc(programs.archivedAt), asc(programs.startsOn));
      const visible = rows.filter((r) => r.role || user.isAdmin);
      const counts = await roleCounts(visible.map((r) => r.program.id));
      return visible.map((r) => ({
        ...toProgram(r.program),
        myRole: r.role ?? null,
        counts: counts.get(r.program.id) ?? noCounts(),
      }));
    },

    async get(user: AuthUser, programId: string): Promise<ProgramDetail> {
      const access = await requireMembership(db, user, programId, ANY_ROLE);
      return detail(programId, access.role);
    },

    /** Admins create programs; the creator becomes its first coordinator. */
    async create(user: AuthUser, body: CreateProgramBody): Promise<ProgramDetail> {
      if (!user.isAdmin) throw forbidden('Only administrators can create programs.');
      checkProgramDates(body.startsOn, body.endsOn);
      const phases = body.phases ?? defaultPhases(body.startsOn, body.endsOn);
      checkPhases(phases, body.startsOn, body.endsOn);
      const programId = await db.transaction(async (tx) => {
        const { phases: _phases, ...fields } = body;
        const [row] = await tx.insert(programs).values(fields).returning({ id: programs.id });
        if (!row) throw new Error('program insert failed');
        await replacePhases(tx, row.id, phases);
        await tx.insert(participants).values({ programId: row.id, userId: user.id, role: 'coordinator' });
        await tx.insert(tags).values(DEFAULT_TAGS.map((tag) => ({ ...tag, programId: row.id })));
        return row.id;
      });
      return detail(programId, 'coordinator');
    },

    async update(user: AuthUser, programId: string, body: UpdateProgramBody): Promise<ProgramDetail> {
      const access = await requireMembership(db, user, programId, ['coordinator']);
      const { program } = access;
      if (body.archived === false && program.archivedAt) {
        if (!user.isAdmin) throw forbidden('Only administrators can reopen an archived program.');
      } else {
        requireWritable(program);
      }
      const startsOn = body.startsOn ?? program.startsOn;
      const endsOn = body.endsOn ?? program.endsOn;
      checkProgramDates(startsOn, endsOn);
      if (body.phases) checkPhases(body.phases, startsOn, endsOn);
      const { phases, archived, ...fields } = body;
      await db.transaction(async (tx) => {
        const archivedAt = archived === undefined ? undefined : archived ? clock() : null;
        await tx
          .update(programs)
          .set({ ...fields, ...(archivedAt !== undefined ? { archivedAt } : {}), updatedAt: clock() })
          .where(eq(programs.id, programId));
        if (phases) await replacePhases(tx, programId, phases);
      });
      return detail(programId, access.role);
    },
  };
}
export type ProgramsService = ReturnType<typeof createProgramsService>;
