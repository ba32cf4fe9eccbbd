import type { SupervisionGroup, SupervisionGroupBody } from '@mentoring/contracts';
import { type Db, queryRows } from '@mentoring/db';
import { supervisionGroupMembers, supervisionGroups } from '@mentoring/db/schema';
import { eq, sql } from 'drizzle-orm';
import { AppError, notFound } from '../../lib/app-error.ts';
import type { AuthUser } from '../../plugins/auth.ts';
import { ANY_ROLE, requireMembership, requireWritable } from '../access/access.service.ts';

/** Work-supervision groups: members are the program's own people. */
export function createSupervisionGroupsService({ db }: { db: Db }) {
  async function read(programId: string, groupId?: string): Promise<SupervisionGroup[]> {
    const rows = await queryRows<SupervisionGroup>(
      db,
      sql`select g.id, g.program_id as "programId", g.name, g.supervisor_name as "supervisorName",
                 coalesce((select json_agg(json_build_object('userId', u.id, 'name', u.name) order by u.name)
                           from supervision_group_members m join users u on u.id = m.user_id
                           where m.group_id = g.id), '[]'::json) as members,
                 (select count(*)::int from events e where e.supervision_group_id = g.id) as meetings
          from supervision_groups g
          where g.program_id = ${programId} ${groupId ? sql`and g.id = ${groupId}` : sql``}
          order by g.name`,
    );
    return rows;
  }

  async function checkMembers(programId: string, memberIds: string[]) {
    if (memberIds.length === 0) return;
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`select count(distinct user_id)::int as n from participants
          where program_id = ${programId} and removed_at is null and user_id in ${memberIds}`,
    );
    if ((row?.n ?? 0) !== new Set(memberIds).size) {
      throw new AppError(400, 'unknown_member', 'Every member must belong to the program.', {
        fieldErrors: [{ path: 'memberIds', message: 'Not a member of the program' }],
      });
    }
  }

  async function managedGroup(user: AuthUser, groupId: string) {
    const [group] = await db.select().from(supervisionGroups).where(eq(supervisionGroups.id, groupId));
    if (!group) throw notFound('Supervision group');
    const { program } = await requireMembership(db, user, group.programId, ['coordinator']);
    requireWritable(program);
    return group;
  }

  return {
    /**
     * Coordinators see every group; a mentor or an actor only the groups they belong to, since who
     * sits in which work-supervision group is not the rest of the program's business.
     */
    async list(user: AuthUser, programId: string): Promise<SupervisionGroup[]> {
      const access = await requireMembership(db, user, programId, ANY_ROLE);
      const groups = await read(programId);
      if (access.role === 'coordinator' || access.isAdmin) return groups;
      return groups.filter((group) => group.members.some((member) => member.userId === user.id));
    },

    async create(user: AuthUser, programId: string, body: SupervisionGroupBody): Promise<SupervisionGroup> {
      const { program } = await requireMembership(db, user, programId, ['coordinator']);
      requireWritable(program);
      await checkMembers(programId, body.memberIds);
      const id = await db.transaction(async (tx) => {
        const [group] = await tx
          .insert(supervisionGroups)
          .values({ programId, name: body.name, supervisorName: body.supervisorName })
          .returning({ id: supervisionGroups.id });
        const groupId = group?.id as string;
        const members = [...new Set(body.memberIds)].map((userId) => ({ groupId, userId }));
        if (members.length > 0) await tx.insert(supervisionGroupMembers).values(members);
        return groupId;
      });
      return (await read(programId, id))[0] as SupervisionGroup;
    },

    async update(user: AuthUser, groupId: string, body: SupervisionGroupBody): Promise<SupervisionGroup> {
      const group = await managedGroup(user, groupId);
      await checkMembers(group.programId, body.memberIds);
      await db.transaction(async (tx) => {
        await tx
          .update(supervisionGroups)
          .set({ name: body.name, supervisorName: body.supervisorName })
          .where(eq(supervisionGroups.id, groupId));
        await tx.delete(supervisionGroupMembers).where(eq(supervisionGroupMembers.groupId, groupId));
        const members = [...new Set(body.memberIds)].map((userId) => ({ groupId, userId }));
        if (members.length > 0) await tx.insert(supervisionGroupMembers).values(members);
      });
      return (await read(group.programId, groupId))[0] as SupervisionGroup;
    },

    async remove(user: AuthUser, groupId: string): Promise<void> {
      await managedGroup(user, groupId);
      await db.delete(supervisionGroups).where(eq(supervisionGroups.id, groupId));
    },
  };
}
export type SupervisionGroupsService = ReturnType<typeof createSupervisionGroupsService>;
