import { attendance, events } from '@mentoring/db/schema';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccess } from '../../test/access.ts';
import { type AccessWorld, createAccessWorld } from '../../test/factories.ts';
import { injectAs, useTestApp } from '../../test/harness.ts';

const ctx = useTestApp();
const DAY = 86_400_000;

describe('events, sign-ups and attendance', () => {
  let world: AccessWorld;
  let eventId: string;
  const inDays = (days: number, hours = 0) =>
    new Date(ctx.clock().getTime() + days * DAY + hours * 3_600_000).toISOString();
  const newEvent = (overrides: object = {}) => ({
    programId: world.program.id,
    type: 'workshop',
    title: 'Työpaja: rahoitus',
    startsAt: inDays(7),
    endsAt: inDays(7, 3),
    capacity: 2,
    ...overrides,
  });
  const as = (role: keyof AccessWorld['users'], request: Parameters<typeof injectAs>[2]) =>
    injectAs(ctx.app, world.users[role], request);

  beforeAll(async () => {
    world = await createAccessWorld(ctx.database.db);
    const created = await as('coordinator', { method: 'POST', url: '/api/events', payload: newEvent() });
    eventId = created.json().id;
  });

  describe('happy', () => {
    it('a coordinator creates an event; members list it and sign up until it is full', async () => {
      const list = await as('actor', { method: 'GET', url: `/api/events?programId=${world.program.id}` });
      expect(list.statusCode).toBe(200);
      expect(list.json().map((e: { id: string }) => e.id)).toContain(eventId);

      const actor = await as('actor', { method: 'PUT', url: `/api/events/${eventId}/registration` });
      expect(actor.json()).toMatchObject({ registered: 1, myRegistration: true });
      const mentor = await as('mentor', { method: 'PUT', url: `/api/events/${eventId}/registration` });
      expect(mentor.json()).toMatchObject({ registered: 2 });
      // Signing up twice is harmless; the third person finds it full.
      expect(
        (await as('actor', { method: 'PUT', url: `/api/events/${eventId}/registration` })).json().registered,
      ).toBe(2);
      const full = await as('coordinator', { method: 'PUT', url: `/api/events/${eventId}/registration` });
      expect(full.statusCode).toBe(409);
      expect(full.json().code).toBe('event_full');

      const left = await as('mentor', { method: 'DELETE', url: `/api/events/${eventId}/registration` });
      expect(left.json()).toMatchObject({ registered: 1, myRegistration: false });
    });

    it('the check-list marks members, adds guests once by email, and imports a sign-in sheet', async () => {
      const mark = await as('coordinator', {
        method: 'PUT',
        url: `/api/events/${eventId}/attendance/users/${world.users.mentor.id}`,
      });
      expect(mark.statusCode).toBe(204);
      const guest = { name: 'Oona Opiskelija', email: 'OONA@example.test', isStudent: true };
      const first = await as('coordinator', {
        method: 'POST',
        url: `/api/events/${eventId}/attendance/external`,
        payload: guest,
      });
      const again = await as('coordinator', {
        method: 'POST',
        url: `/api/events/${eventId}/attendance/external`,
        payload: guest,
      });
      expect(first.statusCode).toBe(201);
      expect(again.json().personId).toBe(first.json().personId);

      const csv = `nimi;sähköposti;opiskelija\nOona Opiskelija;oona@example.test;kyllä\n${world.users.actor.name};${world.users.actor.email};ei\nVieras Vierailija;;ei\n`;
      const imported = await as('coordinator', {
        method: 'POST',
        url: `/api/events/${eventId}/attendance/import`,
        payload: { csv },
      });
      expect(imported.json()).toMatchObject({
        added: 2,
        alreadyMarked: 1,
        matchedUsers: 1,
        externalPeople: 2,
      });

      const list = await as('coordinator', { method: 'GET', url: `/api/events/${eventId}/attendance` });
      const entries = list.json().entries as {
        name: string;
        attended: boolean;
        registered: boolean;
        kind: string;
      }[];
      expect(entries.filter((e) => e.attended)).toHaveLength(4);
      expect(entries.find((e) => e.name === world.users.actor.name)).toMatchObject({
        registered: true,
        attended: true,
      });
      expect((await as('actor', { method: 'GET', url: `/api/events/${eventId}` })).json().attended).toBe(4);
    });

    it('supervision groups: a coordinator forms one from members; a meeting event names it', async () => {
      const group = await as('coordinator', {
        method: 'POST',
        url: `/api/programs/${world.program.id}/supervision-groups`,
        payload: { name: 'Ryhmä 1', supervisorName: 'Leena Mäkelä', memberIds: [world.users.actor.id] },
      });
      expect(group.statusCode).toBe(201);
      const meeting = await as('coordinator', {
        method: 'POST',
        url: '/api/events',
        payload: newEvent({
          type: 'supervision',
          title: 'Työnohjaus',
          supervisionGroupId: group.json().id,
          capacity: null,
        }),
      });
      expect(meeting.statusCode).toBe(201);
      const groups = await as('actor', {
        method: 'GET',
        url: `/api/programs/${world.program.id}/supervision-groups`,
      });
      expect(groups.json()[0]).toMatchObject({
        name: 'Ryhmä 1',
        meetings: 1,
        members: [{ name: world.users.actor.name }],
      });
      // The mentor is in no group: who sits in which group is not shown to them.
      const mentorSees = await as('mentor', {
        method: 'GET',
        url: `/api/programs/${world.program.id}/supervision-groups`,
      });
      expect(mentorSees.json()).toEqual([]);
    });
  });

  describe('errors', () => {
    it('refuses bad times, unknown groups, bad CSV rows and past sign-ups; changes nothing', async () => {
      const before = await ctx.database.db.select().from(events);
      const backwards = await as('coordinator', {
        method: 'POST',
        url: '/api/events',
        payload: newEvent({ endsAt: inDays(6) }),
      });
      expect(backwards.statusCode).toBe(400);
      expect(backwards.headers['content-type']).toContain('application/problem+json');
      const badGroup = await as('coordinator', {
        method: 'POST',
        url: '/api/events',
        payload: newEvent({ supervisionGroupId: '00000000-0000-4000-8000-000000000000' }),
      });
      expect(badGroup.json().code).toBe('unknown_group');
      const patch = await as('coordinator', {
        method: 'PATCH',
        url: `/api/events/${eventId}`,
        payload: { endsAt: inDays(1) },
      });
      expect(patch.json().code).toBe('invalid_times');
      expect(await ctx.database.db.select().from(events)).toHaveLength(before.length);

      const marked = await ctx.database.db.select().from(attendance).where(eq(attendance.eventId, eventId));
      const csv = await as('coordinator', {
        method: 'POST',
        url: `/api/events/${eventId}/attendance/import`,
        payload: {
          csv: 'name,email,student\nHyvä Rivi,hyva@example.test,no\n,puuttuu@example.test,no\nHuono,ei-osoite,maybe\n',
        },
      });
      expect(csv.statusCode).toBe(400);
      expect(csv.json().errors).toHaveLength(2);
      const quotes = await as('coordinator', {
        method: 'POST',
        url: `/api/events/${eventId}/attendance/import`,
        payload: { csv: 'name\n"unclosed' },
      });
      expect(quotes.statusCode).toBe(400);
      expect(
        await ctx.database.db.select().from(attendance).where(eq(attendance.eventId, eventId)),
      ).toHaveLength(marked.length);

      const past = await as('coordinator', {
        method: 'POST',
        url: '/api/events',
        payload: newEvent({ startsAt: inDays(-3), endsAt: inDays(-3, 2) }),
      });
      const late = await as('actor', { method: 'PUT', url: `/api/events/${past.json().id}/registration` });
      expect(late.json().code).toBe('event_past');
      const stranger = await as('coordinator', {
        method: 'PUT',
        url: `/api/events/${eventId}/attendance/users/${world.users.outsider.id}`,
      });
      expect(stranger.statusCode).toBe(404);
    });
  });

  describe('access', () => {
    it('members read and sign up; coordinators manage; organisation events are for admins to manage', async () => {
      await expectAccess(
        ctx.app,
        world,
        { method: 'GET', url: `/api/events/${eventId}` },
        {
          allowed: ['coordinator', 'mentor', 'actor', 'admin'],
        },
      );
      await expectAccess(
        ctx.app,
        world,
        { method: 'GET', url: `/api/events?programId=${world.program.id}` },
        {
          allowed: ['coordinator', 'mentor', 'actor', 'admin'],
        },
      );
      await expectAccess(
        ctx.app,
        world,
        { method: 'POST', url: '/api/events', payload: newEvent() },
        {
          allowed: ['coordinator', 'admin'],
        },
      );
      await expectAccess(
        ctx.app,
        world,
        { method: 'PATCH', url: `/api/events/${eventId}`, payload: { title: 'Uusi nimi' } },
        {
          allowed: ['coordinator', 'admin'],
        },
      );
      await expectAccess(
        ctx.app,
        world,
        { method: 'GET', url: `/api/events/${eventId}/attendance` },
        {
          allowed: ['coordinator', 'admin'],
        },
      );
      await expectAccess(
        ctx.app,
        world,
        { method: 'PUT', url: `/api/events/${eventId}/registration` },
        {
          allowed: ['coordinator', 'mentor', 'actor', 'admin'],
        },
      );
      await expectAccess(
        ctx.app,
        world,
        {
          method: 'POST',
          url: `/api/events/${eventId}/attendance/external`,
          payload: { name: 'Vieras' },
        },
        { allowed: ['coordinator', 'admin'] },
      );
      await expectAccess(
        ctx.app,
        world,
        {
          method: 'POST',
          url: `/api/programs/${world.program.id}/supervision-groups`,
          payload: { name: 'Ryhmä' },
        },
        { allowed: ['coordinator', 'admin'] },
      );
      await expectAccess(
        ctx.app,
        world,
        { method: 'POST', url: '/api/events', payload: newEvent({ programId: null }) },
        {
          allowed: ['admin'],
        },
      );
      const missing = await as('coordinator', {
        method: 'GET',
        url: '/api/events/00000000-0000-4000-8000-000000000000',
      });
      expect(missing.statusCode).toBe(404);
      // Deleting: expectAccess would let the first allowed role delete it for the rest, so by hand.
      for (const role of ['mentor', 'actor', 'otherCoordinator', 'outsider'] as const) {
        expect((await as(role, { method: 'DELETE', url: `/api/events/${eventId}` })).statusCode, role).toBe(
          403,
        );
      }
      expect(
        (await injectAs(ctx.app, null, { method: 'DELETE', url: `/api/events/${eventId}` })).statusCode,
      ).toBe(401);
      expect((await as('coordinator', { method: 'DELETE', url: `/api/events/${eventId}` })).statusCode).toBe(
        204,
      );
      expect((await as('admin', { method: 'GET', url: `/api/events/${eventId}` })).statusCode).toBe(404);
    });
  });
});
