import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuthUser } from '../../plugins/auth.ts';
import { AVAILABILITY } from '../authz/authz-world.ts';
import { databaseFingerprint } from '../fuzz/fingerprint.ts';
import { injectAs, useTestApp } from '../harness.ts';
import { buildTrustWorld, type TrustWorld } from './trust-world.ts';

const ctx = useTestApp();

interface Attempt {
  label: string;
  /** The problem code the refusal must carry: refused for this reason, not another. */
  code: string;
  user: AuthUser;
  method: InjectOptions['method'];
  url: string;
  payload?: object;
}

/**
 * Horizontal through the body: a caller allowed on the route names someone or something that is
 * not theirs to name (another program's people and groups, another pair's booking, a non-mentor
 * as mentor). Each must be refused with a 4xx, and nothing may change.
 */
describe('foreign references in bodies and paths', () => {
  let world: TrustWorld;
  let groupP2: string;
  beforeAll(async () => {
    world = await buildTrustWorld(ctx);
    const group = await injectAs(ctx.app, world.users.otherCoordinator, {
      method: 'POST',
      url: `/api/programs/${world.authz.world.otherProgram.id}/supervision-groups`,
      payload: { name: 'Toisen ohjelman ryhmä' },
    });
    expect(group.statusCode).toBe(201);
    groupP2 = group.json().id;
    // Mentor B opens their week, so a booking with them fails on who asks, not on a missing slot.
    const availability = await injectAs(ctx.app, world.users.mentorB, {
      method: 'PUT',
      url: `/api/mentors/${world.users.mentorB.id}/availability`,
      payload: AVAILABILITY,
    });
    expect(availability.statusCode).toBe(200);
  }, 120_000);

  it('every attempt to name what is not the caller’s is refused, and no row changes', async () => {
    const { coordinator, actorA, mentorA, outsider, otherCoordinator, actorB, freeActor, mentorB } =
      world.users;
    const programId = world.authz.world.program.id;
    const eventId = world.authz.ids.eventId as string;
    const groupId = world.authz.ids.groupId as string;
    const start = new Date(ctx.clock().getTime() + 10 * 86_400_000);
    const eventBody = {
      programId,
      type: 'workshop',
      title: 'Vieras ryhmä',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
    };
    const slots = await injectAs(ctx.app, actorB, {
      method: 'GET',
      url: `/api/mentors/${mentorB.id}/slots?from=${new Date(ctx.clock().getTime() + 86_400_000).toISOString()}&to=${new Date(ctx.clock().getTime() + 15 * 86_400_000).toISOString()}&length=60`,
    });
    const slotB = slots.json().slots?.[0]?.start as string;
    expect(slotB).toBeTruthy();

    const attempts: Attempt[] = [
      {
        label: 'mark a person of no program present',
        code: 'not_found',
        user: coordinator,
        method: 'PUT',
        url: `/api/events/${eventId}/attendance/users/${outsider.id}`,
      },
      {
        label: "mark another program's coordinator present",
        code: 'not_found',
        user: coordinator,
        method: 'PUT',
        url: `/api/events/${eventId}/attendance/users/${otherCoordinator.id}`,
      },
      {
        label: 'a group with a member from no program',
        code: 'unknown_member',
        user: coordinator,
        method: 'POST',
        url: `/api/programs/${programId}/supervision-groups`,
        payload: { name: 'Vieras', memberIds: [outsider.id] },
      },
      {
        label: "a group with another program's coordinator",
        code: 'unknown_member',
        user: coordinator,
        method: 'PUT',
        url: `/api/supervision-groups/${groupId}`,
        payload: { name: 'Ryhmä', memberIds: [otherCoordinator.id] },
      },
      {
        label: 'a pair with an actor from no program',
        code: 'not_a_participant',
        user: coordinator,
        method: 'POST',
        url: `/api/programs/${programId}/matches`,
        payload: { pairs: [{ actorId: outsider.id, mentorId: mentorA.id }] },
      },
      {
        label: "a pair with another program's person as mentor",
        code: 'not_a_participant',
        user: coordinator,
        method: 'POST',
        url: `/api/programs/${programId}/matches`,
        payload: { pairs: [{ actorId: freeActor.id, mentorId: otherCoordinator.id }] },
      },
      {
        label: 'an actor as the mentor of a pair',
        code: 'not_a_participant',
        user: coordinator,
        method: 'POST',
        url: `/api/programs/${programId}/matches`,
        payload: { pairs: [{ actorId: freeActor.id, mentorId: actorB.id }] },
      },
      {
        label: "re-match pair A to another program's person",
        code: 'not_a_participant',
        user: coordinator,
        method: 'PATCH',
        url: `/api/matches/${world.idsA.matchId}`,
        payload: { mentorId: otherCoordinator.id },
      },
      {
        label: 're-match pair A to an actor',
        code: 'not_a_participant',
        user: coordinator,
        method: 'PATCH',
        url: `/api/matches/${world.idsA.matchId}`,
        payload: { mentorId: actorB.id },
      },
      {
        label: "wish for another program's person",
        code: 'unknown_reference',
        user: freeActor,
        method: 'PUT',
        url: `/api/programs/${programId}/wishes`,
        payload: { mentorIds: [otherCoordinator.id] },
      },
      {
        label: 'wish for another actor',
        code: 'unknown_reference',
        user: freeActor,
        method: 'PUT',
        url: `/api/programs/${programId}/wishes`,
        payload: { mentorIds: [actorB.id] },
      },
      {
        label: "book the other pair's mentor",
        code: 'forbidden',
        user: actorA,
        method: 'POST',
        url: '/api/bookings',
        payload: { mentorId: mentorB.id, startsAt: slotB, length: 60, locationKind: 'remote' },
      },
      {
        label: "log pair B's booking into pair A",
        code: 'unknown_reference',
        user: mentorA,
        method: 'POST',
        url: `/api/matches/${world.idsA.matchId}/sessions`,
        payload: { bookingId: world.idsB.bookingId, privateNote: 'Väärä pari' },
      },
      {
        label: "an event for another program's group",
        code: 'unknown_group',
        user: coordinator,
        method: 'POST',
        url: '/api/events',
        payload: { ...eventBody, supervisionGroupId: groupP2 },
      },
      {
        label: "move an event to another program's group",
        code: 'unknown_group',
        user: coordinator,
        method: 'PATCH',
        url: `/api/events/${eventId}`,
        payload: { supervisionGroupId: groupP2 },
      },
      {
        label: 'an event in another program',
        code: 'forbidden',
        user: coordinator,
        method: 'POST',
        url: '/api/events',
        payload: { ...eventBody, programId: world.authz.world.otherProgram.id },
      },
    ];
    const before = await databaseFingerprint(ctx.database.db);
    const accepted: string[] = [];
    for (const attempt of attempts) {
      const response = await injectAs(ctx.app, attempt.user, {
        method: attempt.method,
        url: attempt.url,
        ...(attempt.payload ? { payload: attempt.payload } : {}),
      });
      const code = response.statusCode >= 400 ? response.json().code : null;
      if (response.statusCode >= 500 || code !== attempt.code)
        accepted.push(`${attempt.label} → ${response.statusCode} ${response.body.slice(0, 160)}`);
    }
    expect(accepted).toEqual([]);
    expect(attempts.length).toBe(16);
    expect(await databaseFingerprint(ctx.database.db)).toBe(before);
  });
});
