import { queryRows } from '@mentoring/db';
import { bookings, matches, outbox, participants, profiles } from '@mentoring/db/schema';
import { and, eq, sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccess } from '../../test/access.ts';
import { type AccessWorld, createAccessWorld } from '../../test/factories.ts';
import { injectAs, useTestApp } from '../../test/harness.ts';
import { createOutboxWorker } from '../outbox/outbox-worker.ts';

const ctx = useTestApp();

// Tuesdays 9-12 in Helsinki; the clock stands on Sunday 2027-03-21, a week before summer time.
const AVAILABILITY = {
  timeZone: 'Europe/Helsinki',
  weeklyRules: [{ weekday: 2, start: '09:00', end: '12:00' }],
  overrides: [{ date: '2027-04-06', intervals: [] }],
  lengths: [60, 90],
  stepMinutes: 30,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 15,
  minNoticeMinutes: 24 * 60,
  horizonDays: 60,
  maxPerDay: null,
  maxPerWeek: null,
};
const NOW = '2027-03-21T08:00:00Z';
const FIRST_TUESDAY = '2027-03-23T07:00:00.000Z'; // 09:00 EET
const AFTER_DST = '2027-03-30T06:00:00.000Z'; // 09:00 EEST

function parseEvent(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  const event = new ICAL.Event(component.getFirstSubcomponent('vevent') as ICAL.Component);
  return {
    method: component.getFirstPropertyValue('method'),
    uid: event.uid,
    sequence: event.sequence,
    start: event.startDate.toJSDate().toISOString(),
    end: event.endDate.toJSDate().toISOString(),
    status: event.component.getFirstPropertyValue('status'),
  };
}

describe('scheduling', () => {
  let world: AccessWorld;
  beforeAll(async () => {
    world = await createAccessWorld(ctx.database.db);
    // An active pair (the mentor needs a stated capacity for the database to accept it).
    const [mentorParticipant] = await ctx.database.db
      .select()
      .from(participants)
      .where(
        and(eq(participants.userId, world.users.mentor.id), eq(participants.programId, world.program.id)),
      );
    await ctx.database.db
      .insert(profiles)
      .values({ participantId: mentorParticipant?.id as string, capacity: 5 });
    await ctx.database.db.insert(matches).values({
      programId: world.program.id,
      mentorId: world.users.mentor.id,
      actorId: world.users.actor.id,
      status: 'active',
    });
    ctx.clock.set(NOW);
    const put = await injectAs(ctx.app, world.users.mentor, {
      method: 'PUT',
      url: `/api/mentors/${world.users.mentor.id}/availability`,
      payload: AVAILABILITY,
    });
    expect(put.statusCode).toBe(200);
  });

  const slotsUrl = (length = 60) =>
    `/api/mentors/${world.users.mentor.id}/slots?from=2027-03-21T00:00:00Z&to=2027-04-20T00:00:00Z&length=${length}`;
  const book = (startsAt: string, key?: string, user = world.users.actor) =>
    injectAs(ctx.app, user, {
      method: 'POST',
      url: '/api/bookings',
      headers: key ? { 'idempotency-key': key } : {},
      payload: {
        mentorId: world.users.mentor.id,
        startsAt,
        length: 60,
        locationKind: 'remote',
        location: 'https://meet.example.test/abc',
        agenda: 'Rahoitushaku',
      },
    });

  describe('happy', () => {
    it('offers Tuesday 9-12 local time across the DST change, in UTC, skipping the day off', async () => {
      const response = await injectAs(ctx.app, world.users.actor, { method: 'GET', url: slotsUrl() });
      expect(response.statusCode).toBe(200);
      expect(response.json().lengths).toEqual([60, 90]);
      const starts = response.json().slots.map((s: { start: string }) => s.start);
      expect(starts).toContain(FIRST_TUESDAY);
      expect(starts).toContain(AFTER_DST);
      expect(starts.some((s: string) => s.startsWith('2027-04-06'))).toBe(false);
      expect(starts.filter((s: string) => s.startsWith('2027-03-23'))).toEqual([
        '2027-03-23T07:00:00.000Z',
        '2027-03-23T07:30:00.000Z',
        '2027-03-23T08:00:00.000Z',
        '2027-03-23T08:30:00.000Z',
        '2027-03-23T09:00:00.000Z',
      ]);
    });

    it('books a slot, which then disappears with its buffer; the .ics round-trips through ical.js', async () => {
      const created = await book(FIRST_TUESDAY);
      expect(created.statusCode).toBe(201);
      const booking = created.json();
      expect(booking).toMatchObject({
        startsAt: FIRST_TUESDAY,
        endsAt: '2027-03-23T08:00:00.000Z',
        status: 'confirmed',
        sequence: 0,
      });
      const starts = (await injectAs(ctx.app, world.users.actor, { method: 'GET', url: slotsUrl() }))
        .json()
        .slots.map((s: { start: string }) => s.start);
      expect(starts).not.toContain('2027-03-23T07:00:00.000Z');
      expect(starts).not.toContain('2027-03-23T07:30:00.000Z');
      expect(starts).not.toContain('2027-03-23T08:00:00.000Z'); // inside the 15-minute buffer
      expect(starts).toContain('2027-03-23T08:30:00.000Z');

      const ics = await injectAs(ctx.app, world.users.mentor, {
        method: 'GET',
        url: `/api/bookings/${booking.id}/ics`,
      });
      expect(ics.headers['content-type']).toContain('text/calendar');
      expect(ics.body).toContain('DTSTART:20270323T070000Z');
      const event = parseEvent(ics.body);
      expect(event).toMatchObject({
        start: FIRST_TUESDAY,
        end: '2027-03-23T08:00:00.000Z',
        sequence: 0,
        status: 'CONFIRMED',
      });

      const mail = (await ctx.database.db.select().from(outbox)).filter((m) => m.payload.calendar);
      expect(mail.map((m) => m.payload.to).sort()).toEqual(
        [world.users.actor.email, world.users.mentor.email].sort(),
      );
      expect(parseEvent(mail[0]?.payload.calendar?.content as string)).toMatchObject({
        method: 'REQUEST',
        uid: event.uid,
      });
    });

    it('returns the same booking for a retried Idempotency-Key, never a second one', async () => {
      const first = await book('2027-03-30T07:00:00.000Z', 'retry-key-0001');
      const again = await book('2027-03-30T07:00:00.000Z', 'retry-key-0001');
      expect(first.statusCode).toBe(201);
      expect(again.statusCode).toBe(200);
      expect(again.json().id).toBe(first.json().id);
      const count = await queryRows<{ n: number }>(
        ctx.database.db,
        sql`select count(*)::int as n from bookings where idempotency_key = 'retry-key-0001'`,
      );
      expect(count[0]?.n).toBe(1);
    });

    it('reschedules the same event with a higher sequence, then cancels it with METHOD:CANCEL', async () => {
      const booking = (await book('2027-04-13T06:00:00.000Z')).json();
      const moved = await injectAs(ctx.app, world.users.actor, {
        method: 'POST',
        url: `/api/bookings/${booking.id}/reschedule`,
        payload: { startsAt: '2027-04-13T07:30:00.000Z' },
      });
      expect(moved.json()).toMatchObject({
        id: booking.id,
        startsAt: '2027-04-13T07:30:00.000Z',
        sequence: 1,
      });
      const ics = parseEvent(
        (
          await injectAs(ctx.app, world.users.actor, {
            method: 'GET',
            url: `/api/bookings/${booking.id}/ics`,
          })
        ).body,
      );
      expect(ics).toMatchObject({ sequence: 1, start: '2027-04-13T07:30:00.000Z' });
      const cancelled = await injectAs(ctx.app, world.users.actor, {
        method: 'POST',
        url: `/api/bookings/${booking.id}/cancel`,
        payload: { reason: 'Sairastuin' },
      });
      expect(cancelled.json()).toMatchObject({
        status: 'cancelled',
        cancelReason: 'Sairastuin',
        sequence: 2,
      });
      const cancelMail = (await ctx.database.db.select().from(outbox)).filter(
        (m) => m.payload.calendar?.method === 'CANCEL',
      );
      expect(cancelMail).toHaveLength(2);
      expect(parseEvent(cancelMail[0]?.payload.calendar?.content as string)).toMatchObject({
        method: 'CANCEL',
        status: 'CANCELLED',
        uid: ics.uid,
        sequence: 2,
      });
      // The time is free again.
      const starts = (await injectAs(ctx.app, world.users.actor, { method: 'GET', url: slotsUrl() }))
        .json()
        .slots.map((s: { start: string }) => s.start);
      expect(starts).toContain('2027-04-13T07:30:00.000Z');
    });

    it('serves a secret calendar feed that stops working when rotated', async () => {
      const feed = (
        await injectAs(ctx.app, world.users.actor, { method: 'POST', url: '/api/calendar/feed' })
      ).json();
      const path = new URL(feed.url).pathname;
      const file = await ctx.app.inject({ method: 'GET', url: path });
      expect(file.statusCode).toBe(200);
      expect(file.body).toContain('BEGIN:VEVENT');
      await injectAs(ctx.app, world.users.actor, { method: 'POST', url: '/api/calendar/feed' });
      expect((await ctx.app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
    });
  });

  describe('reminders', () => {
    it('a reminder goes out 24 h before, exactly once with two workers, and moves with the meeting', async () => {
      const booking = (await book('2027-05-04T06:00:00.000Z')).json();
      const moved = await injectAs(ctx.app, world.users.actor, {
        method: 'POST',
        url: `/api/bookings/${booking.id}/reschedule`,
        payload: { startsAt: '2027-05-04T07:30:00.000Z' },
      });
      expect(moved.statusCode).toBe(200);
      const sent: string[] = [];
      const transport = {
        async send(email: { to: string; subject: string; text: string }) {
          await new Promise((r) => setTimeout(r, 5));
          // Earlier meetings of this file have reminders too; count this meeting's only.
          if (email.subject.startsWith('Muistutus') && email.text.includes(booking.id)) sent.push(email.to);
        },
      };
      const workers = [1, 2].map(() =>
        createOutboxWorker({ db: ctx.database.db, transport, clock: ctx.clock }),
      );
      try {
        ctx.clock.set('2027-05-03T07:00:00Z'); // 24.5 h before the moved meeting: not yet
        await Promise.all(workers.map((w) => w.runOnce()));
        expect(sent).toEqual([]);
        ctx.clock.set('2027-05-03T07:31:00Z');
        await Promise.all([...workers, ...workers].map((w) => w.runOnce()));
        expect(sent.sort()).toEqual([world.users.actor.email, world.users.mentor.email].sort());
      } finally {
        ctx.clock.set(NOW);
      }
    });

    it('a cancelled meeting sends no reminder', async () => {
      const booking = (await book('2027-05-11T06:00:00.000Z')).json();
      await injectAs(ctx.app, world.users.actor, {
        method: 'POST',
        url: `/api/bookings/${booking.id}/cancel`,
        payload: {},
      });
      const pending = await queryRows<{ n: number }>(
        ctx.database.db,
        sql`select count(*)::int as n from outbox where ref = ${`reminder:${booking.id}`} and sent_at is null`,
      );
      expect(pending[0]?.n).toBe(0);
    });
  });

  describe('errors', () => {
    it('refuses a taken time, a time outside availability, too little notice, and a wrong length', async () => {
      const taken = await book(FIRST_TUESDAY);
      expect(taken.json()).toMatchObject({ status: 409, code: 'slot_overlaps' });
      expect((await book('2027-03-24T07:00:00.000Z')).json().code).toBe('slot_outside_availability');
      ctx.clock.set('2027-03-29T12:00:00Z');
      expect((await book(AFTER_DST)).json().code).toBe('slot_too_soon');
      ctx.clock.set(NOW);
      const badLength = await injectAs(ctx.app, world.users.actor, {
        method: 'POST',
        url: '/api/bookings',
        payload: { mentorId: world.users.mentor.id, startsAt: AFTER_DST, length: 45, locationKind: 'remote' },
      });
      expect(badLength.json().code).toBe('slot_bad_length');
      expect((await book('2027-03-30T09:00:00')).statusCode).toBe(400); // no offset
    });

    it('refuses invalid availability and leaves the old one in place', async () => {
      const bad = await injectAs(ctx.app, world.users.mentor, {
        method: 'PUT',
        url: `/api/mentors/${world.users.mentor.id}/availability`,
        payload: { ...AVAILABILITY, weeklyRules: [{ weekday: 2, start: '12:00', end: '09:00' }] },
      });
      expect(bad.statusCode).toBe(400);
      const current = await injectAs(ctx.app, world.users.mentor, {
        method: 'GET',
        url: `/api/mentors/${world.users.mentor.id}/availability`,
      });
      expect(current.json().weeklyRules).toEqual(AVAILABILITY.weeklyRules);
    });

    it('an actor cannot change a meeting closer than the program allows; the mentor can', async () => {
      const created = await book('2027-04-27T06:00:00.000Z');
      expect(created.statusCode).toBe(201);
      const booking = created.json();
      ctx.clock.set('2027-04-26T12:00:00Z');
      try {
        const late = await injectAs(ctx.app, world.users.actor, {
          method: 'POST',
          url: `/api/bookings/${booking.id}/cancel`,
          payload: {},
        });
        expect(late.json().code).toBe('too_late_to_change');
        const byMentor = await injectAs(ctx.app, world.users.mentor, {
          method: 'POST',
          url: `/api/bookings/${booking.id}/cancel`,
          payload: { reason: 'Flunssa' },
        });
        expect(byMentor.json().status).toBe('cancelled');
      } finally {
        ctx.clock.set(NOW);
      }
    });
  });

  describe('concurrency', () => {
    it('50 simultaneous requests for one slot: exactly one booking', async () => {
      const responses = await Promise.all(Array.from({ length: 50 }, () => book('2027-04-20T06:00:00.000Z')));
      const codes = responses.map((r) => r.statusCode);
      expect(codes.filter((c) => c === 201)).toHaveLength(1);
      expect(codes.filter((c) => c === 409)).toHaveLength(49);
      const overlaps = await queryRows<{ n: number }>(
        ctx.database.db,
        sql`select count(*)::int as n from bookings a join bookings b on a.mentor_id = b.mentor_id and a.id < b.id
            and a.status = 'confirmed' and b.status = 'confirmed'
            and tstzrange(a.blocked_from, a.blocked_until) && tstzrange(b.blocked_from, b.blocked_until)`,
      );
      expect(overlaps[0]?.n).toBe(0);
    });
  });

  describe('access', () => {
    it('availability: the mentor and coordinators; slots: also the matched actor', async () => {
      await expectAccess(
        ctx.app,
        world,
        { method: 'GET', url: `/api/mentors/${world.users.mentor.id}/availability` },
        { allowed: ['mentor', 'coordinator', 'admin'] },
      );
      await expectAccess(
        ctx.app,
        world,
        { method: 'PUT', url: `/api/mentors/${world.users.mentor.id}/availability`, payload: AVAILABILITY },
        { allowed: ['mentor', 'coordinator', 'admin'] },
      );
      await expectAccess(
        ctx.app,
        world,
        { method: 'GET', url: slotsUrl() },
        { allowed: ['mentor', 'actor', 'coordinator', 'admin'] },
      );
    });

    it('a booking: its actor, its mentor and coordinators of its program', async () => {
      const [booking] = await ctx.database.db.select().from(bookings).where(eq(bookings.status, 'confirmed'));
      await expectAccess(
        ctx.app,
        world,
        { method: 'GET', url: `/api/bookings/${booking?.id}/ics` },
        { allowed: ['actor', 'mentor', 'coordinator', 'admin'] },
      );
      await expectAccess(
        ctx.app,
        world,
        { method: 'GET', url: `/api/bookings?programId=${world.program.id}` },
        { allowed: ['coordinator', 'admin'] },
      );
    });

    it('only the actor of an active pair books with that mentor', async () => {
      const response = await book(AFTER_DST, undefined, world.users.coordinator);
      expect(response.statusCode).toBe(403);
    });
  });
});
