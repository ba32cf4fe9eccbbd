import { conflictsOfInterest } from '@mentoring/db/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccess } from '../../test/access.ts';
import { type AccessWorld, addDefaultTags, createAccessWorld } from '../../test/factories.ts';
import { injectAs, useTestApp } from '../../test/harness.ts';

const ctx = useTestApp();

const mentorProfile = {
  bio: 'Festivaalituottaja, 20 vuotta alalla.',
  sectors: ['festivals', 'music'],
  topics: ['funding', 'leadership'],
  languages: ['fi', 'en'],
  municipality: 'Tampere',
  meetingModes: ['in_person', 'remote'],
  capacity: 4,
};
const actorProfile = {
  bio: 'Teatterituottaja uran alussa.',
  sectors: ['theatre'],
  topics: ['funding'],
  languages: ['fi'],
  municipality: 'Nokia',
  meetingModes: ['remote'],
  yearsOfExperience: 3,
  goals: 'Haluan oppia hakemaan apurahoja.',
};

describe('profiles', () => {
  let world: AccessWorld;
  let url: (who: string) => string;
  beforeAll(async () => {
    world = await createAccessWorld(ctx.database.db);
    await addDefaultTags(ctx.database.db, world.program.id);
    url = (who) => `/api/profiles/${who}?programId=${world.program.id}`;
  });

  describe('happy', () => {
    it('a mentor saves their profile with capacity and a conflict of interest; completeness is 100', async () => {
      const response = await injectAs(ctx.app, world.users.mentor, {
        method: 'PUT',
        url: url('me'),
        payload: { ...mentorProfile, goals: 'ignored for mentors', conflicts: [world.users.actor.id] },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        role: 'mentor',
        completeness: 100,
        profile: { ...mentorProfile, goals: '', yearsOfExperience: null, conflicts: [world.users.actor.id] },
      });
    });

    it('an actor saves theirs; it starts empty with completeness 0', async () => {
      const empty = await injectAs(ctx.app, world.users.actor, { method: 'GET', url: url('me') });
      expect(empty.json().completeness).toBe(0);
      const saved = await injectAs(ctx.app, world.users.actor, {
        method: 'PUT',
        url: url('me'),
        payload: { ...actorProfile, capacity: 9 },
      });
      expect(saved.json()).toMatchObject({ completeness: 100, profile: { ...actorProfile, capacity: null } });
    });

    it("an actor sees the mentor's profile but not their conflicts; coordinators see everything", async () => {
      const byActor = await injectAs(ctx.app, world.users.actor, {
        method: 'GET',
        url: url(world.users.mentor.id),
      });
      expect(byActor.json().profile).toMatchObject({ bio: mentorProfile.bio, conflicts: [] });
      const byCoordinator = await injectAs(ctx.app, world.users.coordinator, {
        method: 'GET',
        url: url(world.users.mentor.id),
      });
      expect(byCoordinator.json().profile.conflicts).toEqual([world.users.actor.id]);
    });

    it('the participant list shows what each viewer may see', async () => {
      const list = (user: AccessWorld['users'][keyof AccessWorld['users']]) =>
        injectAs(ctx.app, user, {
          method: 'GET',
          url: `/api/programs/${world.program.id}/participants`,
        }).then((r) => r.json());
      const asCoordinator = await list(world.users.coordinator);
      expect(asCoordinator.map((p: { role: string }) => p.role).sort()).toEqual([
        'actor',
        'coordinator',
        'mentor',
      ]);
      expect(asCoordinator.every((p: { email: string | null }) => p.email)).toBe(true);
      const asMentor = await list(world.users.mentor);
      expect(asMentor.map((p: { role: string }) => p.role).sort()).toEqual(['coordinator', 'mentor']); // no unmatched actors
      expect(asMentor.every((p: { email: string | null }) => p.email === null)).toBe(true);
      const asActor = await list(world.users.actor);
      const mentor = asActor.find((p: { role: string }) => p.role === 'mentor');
      expect(mentor.profile.bio).toBe(mentorProfile.bio);
      expect(mentor.profileCompleteness).toBe(100);
      const mentorsOnly = await injectAs(ctx.app, world.users.coordinator, {
        method: 'GET',
        url: `/api/programs/${world.program.id}/participants?role=mentor`,
      });
      expect(mentorsOnly.json().map((p: { userId: string }) => p.userId)).toEqual([world.users.mentor.id]);
    });
  });

  describe('errors', () => {
    it('rejects unknown tags and conflicts with non-actors, and leaves the profile as it was', async () => {
      const response = await injectAs(ctx.app, world.users.mentor, {
        method: 'PUT',
        url: url('me'),
        payload: { ...mentorProfile, sectors: ['opera-on-mars'], conflicts: [world.users.coordinator.id] },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual([
        'body.sectors.0',
        'body.conflicts.0',
      ]);
      const conflicts = await ctx.database.db.select().from(conflictsOfInterest);
      expect(conflicts.map((c) => c.actorId)).toEqual([world.users.actor.id]);
    });

    it('rejects wrong types, a negative capacity and an unknown language', async () => {
      for (const bad of [{ capacity: -1 }, { languages: ['klingon'] }, { sectors: 'theatre' }]) {
        const response = await injectAs(ctx.app, world.users.mentor, {
          method: 'PUT',
          url: url('me'),
          payload: { ...mentorProfile, ...bad },
        });
        expect(response.statusCode).toBe(400);
      }
    });
  });

  describe('access', () => {
    it('mentors and actors edit their own; coordinators have no profile to edit', async () => {
      await expectAccess(
        ctx.app,
        world,
        { method: 'PUT', url: url('me'), payload: mentorProfile },
        { allowed: ['mentor', 'actor'] },
      );
    });

    it("an actor's profile: the actor and coordinators; not an unmatched mentor", async () => {
      await expectAccess(
        ctx.app,
        world,
        { method: 'GET', url: url(world.users.actor.id) },
        {
          allowed: ['actor', 'coordinator', 'admin'],
        },
      );
    });

    it('participants and tags: members of the program only; tags edited by coordinators', async () => {
      await expectAccess(
        ctx.app,
        world,
        { method: 'GET', url: `/api/programs/${world.program.id}/participants` },
        {
          allowed: ['coordinator', 'mentor', 'actor', 'admin'],
        },
      );
      await expectAccess(
        ctx.app,
        world,
        { method: 'GET', url: `/api/programs/${world.program.id}/tags` },
        {
          allowed: ['coordinator', 'mentor', 'actor', 'admin'],
        },
      );
    });
  });
});
