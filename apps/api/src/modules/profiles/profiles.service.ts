import type { ProfileView, UpdateProfileBody } from '@mentoring/contracts';
import type { Db } from '@mentoring/db';
import { conflictsOfInterest, participants, profiles, tags, users } from '@mentoring/db/schema';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { AppError, forbidden, notFound } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuthUser } from '../../plugins/auth.ts';
import { ANY_ROLE, requireMembership, requireWritable } from '../access/access.service.ts';
import { recordAudit } from '../audit/audit.ts';
import { viewerOf } from '../participants/participants.service.ts';
import { canSeeProfile, redactProfile } from '../participants/visibility.ts';
import { profileCompleteness } from './completeness.ts';
import { loadProfiles } from './profiles.repository.ts';

export function createProfilesService({ db, clock }: { db: Db; clock: Clock }) {
  async function participantOf(programId: string, userId: string) {
    const [row] = await db
      .select({ participantId: participants.id, userId: users.id, name: users.name, role: participants.role })
      .from(participants)
      .innerJoin(users, eq(users.id, participants.userId))
      .where(
        and(
          eq(participants.programId, programId),
          eq(participants.userId, userId),
          isNull(participants.removedAt),
        ),
      );
    return row;
  }

  async function view(
    programId: string,
    person: NonNullable<Awaited<ReturnType<typeof participantOf>>>,
  ): Promise<ProfileView> {
    const profile = (await loadProfiles(db, programId, [person])).get(person.userId);
    if (!profile) throw notFound('Profile');
    return {
      userId: person.userId,
      programId,
      name: person.name,
      role: person.role,
      profile,
      completeness: profileCompleteness(person.role, profile),
    };
  }

  /** Every tag slug must be in the program's vocabulary; every conflict must be an actor of it. */
  async function checkReferences(programId: string, body: UpdateProfileBody) {
    const fieldErrors: { path: string; message: string }[] = [];
    const vocabulary = await db
      .select({ kind: tags.kind, slug: tags.slug })
      .from(tags)
      .where(eq(tags.programId, programId));
    const known = (kind: string) => new Set(vocabulary.filter((t) => t.kind === kind).map((t) => t.slug));
    const sectors = known('sector');
    const topics = known('topic');
    const flagUnknown = (field: 'sectors' | 'topics', known: Set<string>, message: string) => {
      for (const [i, slug] of body[field].entries()) {
        if (!known.has(slug)) fieldErrors.push({ path: `body.${field}.${i}`, message });
      }
    };
    flagUnknown('sectors', sectors, 'Unknown sector');
    flagUnknown('topics', topics, 'Unknown topic');
    if (body.conflicts?.length) {
      const actors = await db
        .select({ userId: participants.userId })
        .from(participants)
        .where(
          and(
            eq(participants.programId, programId),
            eq(participants.role, 'actor'),
            inArray(participants.userId, body.conflicts),
          ),
        );
      const actorIds = new Set(actors.map((a) => a.userId));
      for (const [i, id] of body.conflicts.entries()) {
        if (!actorIds.has(id))
          fieldErrors.push({ path: `body.conflicts.${i}`, message: 'Not an actor of this program' });
      }
    }
    if (fieldErrors.length > 0) {
      throw new AppError(400, 'unknown_reference', 'Some tags or people are not part of this program.', {
        fieldErrors,
      });
    }
  }

  return {
    async getMine(user: AuthUser, programId: string): Promise<ProfileView> {
      await requireMembership(db, user, programId, ANY_ROLE);
      const me = await participantOf(programId, user.id);
      if (!me) throw forbidden();
      return view(programId, me);
    },

    async putMine(user: AuthUser, programId: string, body: UpdateProfileBody): Promise<ProfileView> {
      const { program } = await requireMembership(db, user, programId, ['mentor', 'actor']);
      requireWritable(program);
      const me = await participantOf(programId, user.id);
      if (!me) throw forbidden();
      await checkReferences(programId, body);
      const unique = <T>(items: T[]) => [...new Set(items)];
      // Role decides which fields apply; the others are stored empty, whatever was sent.
      const isMentor = me.role === 'mentor';
      const values = {
        bio: body.bio,
        sectors: unique(body.sectors),
        topics: unique(body.topics),
        languages: unique(body.languages),
        municipality: body.municipality,
        meetingModes: unique(body.meetingModes),
        capacity: isMentor ? (body.capacity ?? null) : null,
        yearsOfExperience: isMentor ? null : (body.yearsOfExperience ?? null),
        goals: isMentor ? '' : (body.goals ?? ''),
        updatedAt: clock(),
      };
      await db.transaction(async (tx) => {
        await tx
          .insert(profiles)
          .values({ participantId: me.participantId, ...values })
          .onConflictDoUpdate({ target: profiles.participantId, set: values });
        if (isMentor && body.conflicts) {
          await tx
            .delete(conflictsOfInterest)
            .where(
              and(eq(conflictsOfInterest.programId, programId), eq(conflictsOfInterest.mentorId, user.id)),
            );
          const actorIds = unique(body.conflicts);
          if (actorIds.length > 0) {
            await tx
              .insert(conflictsOfInterest)
              .values(actorIds.map((actorId) => ({ programId, mentorId: user.id, actorId })));
          }
        }
      });
      return view(programId, me);
    },

    async get(user: AuthUser, programId: string, userId: string): Promise<ProfileView> {
      const access = await requireMembership(db, user, programId, ANY_ROLE);
      const target = await participantOf(programId, userId);
      if (!target) throw notFound('Participant');
      const viewer = await viewerOf(db, user, access);
      if (!canSeeProfile(viewer, target)) throw forbidden('You cannot see this profile.');
      if (userId !== user.id)
        await recordAudit(db, {
          actorId: user.id,
          action: 'profile.read',
          subjectId: userId,
          programId,
          at: clock(),
        });
      const result = await view(programId, target);
      return { ...result, profile: redactProfile(viewer, userId, result.profile) };
    },
  };
}
export type ProfilesService = ReturnType<typeof createProfilesService>;
