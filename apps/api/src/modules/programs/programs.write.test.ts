import { programs } from '@mentoring/db/schema';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccess } from '../../test/access.ts';
import { type AccessWorld, createAccessWorld, createProgram } from '../../test/factories.ts';
import { injectAs, useTestApp } from '../../test/harness.ts';

const ctx = useTestApp();
const body = { name: 'Valmentava mentorointi 2027', startsOn: '2027-01-11', endsOn: '2027-12-10' };

describe('program management', () => {
  let world: AccessWorld;
  beforeAll(async () => {
    world = await createAccessWorld(ctx.database.db);
  });

  describe('happy', () => {
    it('an admin creates a program with default phases and becomes its coordinator', async () => {
      const response = await injectAs(ctx.app, world.users.admin, {
        method: 'POST',
        url: '/api/programs',
        payload: body,
      });
      expect(response.statusCode).toBe(201);
      const program = response.json();
      expect(program).toMatchObject({
        ...body,
        timeZone: 'Europe/Helsinki',
        targetMeetingsPerPair: 8,
        myRole: 'coordinator',
        archived: false,
      });
      expect(program.phases.map((p: { kind: string }) => p.kind)).toEqual([
        'kickoff',
        'goal_setting',
        'midpoint',
        'closing',
      ]);
      for (const phase of program.phases) {
        expect(phase.startsOn >= body.startsOn && phase.endsOn <= body.endsOn).toBe(true);
      }
      const tags = await injectAs(ctx.app, world.users.admin, {
        method: 'GET',
        url: `/api/programs/${program.id}/tags`,
      });
      expect(tags.json().length).toBeGreaterThan(20);
    });

    it('a coordinator edits details and phases, then archives; the archive is read-only', async () => {
      const url = `/api/programs/${world.program.id}`;
      const phases = [
        { kind: 'kickoff', name: 'Aloitustilaisuus', startsOn: '2026-01-01', endsOn: '2026-01-07' },
        { kind: 'closing', startsOn: '2026-12-01', endsOn: '2026-12-31' },
      ];
      const edited = await injectAs(ctx.app, world.users.coordinator, {
        method: 'PATCH',
        url,
        payload: { description: 'Uusi kuvaus', targetMeetingsPerPair: 10, phases },
      });
      expect(edited.statusCode).toBe(200);
      expect(edited.json()).toMatchObject({ description: 'Uusi kuvaus', targetMeetingsPerPair: 10 });
      expect(edited.json().phases).toEqual([
        expect.objectContaining({ kind: 'kickoff', name: 'Aloitustilaisuus' }),
        expect.objectContaining({ kind: 'closing', name: '' }),
      ]);

      const archived = await injectAs(ctx.app, world.users.coordinator, {
        method: 'PATCH',
        url,
        payload: { archived: true },
      });
      expect(archived.json().archived).toBe(true);
      const refused = await injectAs(ctx.app, world.users.coordinator, {
        method: 'PATCH',
        url,
        payload: { name: 'X' },
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().code).toBe('program_archived');
      const reopen = await injectAs(ctx.app, world.users.coordinator, {
        method: 'PATCH',
        url,
        payload: { archived: false },
      });
      expect(reopen.statusCode).toBe(403);
      const adminReopen = await injectAs(ctx.app, world.users.admin, {
        method: 'PATCH',
        url,
        payload: { archived: false },
      });
      expect(adminReopen.json().archived).toBe(false);
    });
  });

  describe('errors', () => {
    it('rejects an end before the start, phases outside the program, an unknown zone, and extra fields', async () => {
      const post = (payload: object) =>
        injectAs(ctx.app, world.users.admin, { method: 'POST', url: '/api/programs', payload });
      expect((await post({ ...body, endsOn: '2026-01-01' })).json().code).toBe('invalid_dates');
      const outside = await post({
        ...body,
        phases: [{ kind: 'other', startsOn: '2026-12-01', endsOn: '2027-01-20' }],
      });
      expect(outside.json()).toMatchObject({ status: 400, code: 'invalid_phases' });
      expect((await post({ ...body, timeZone: 'Mars/Olympus' })).json().errors[0].path).toBe('body.timeZone');
      expect((await post({ ...body, startsOn: '2027-02-30' })).statusCode).toBe(400);
      const extra = await post({ ...body, id: '00000000-0000-4000-8000-000000000000' });
      expect(extra.statusCode).toBe(400);
      const count = await ctx.database.db.select().from(programs).where(eq(programs.name, body.name));
      expect(count.length).toBe(1); // only the one the happy test made
    });
  });

  describe('access', () => {
    it('only admins create programs', async () => {
      await expectAccess(
        ctx.app,
        world,
        { method: 'POST', url: '/api/programs', payload: { ...body, name: 'Access test' } },
        {
          allowed: ['admin'],
        },
      );
    });

    it("only the program's coordinators (and admins) edit it", async () => {
      const program = await createProgram(ctx.database.db);
      const { addParticipant } = await import('../../test/factories.ts');
      await addParticipant(ctx.database.db, program.id, world.users.coordinator.id, 'coordinator');
      await addParticipant(ctx.database.db, program.id, world.users.mentor.id, 'mentor');
      await addParticipant(ctx.database.db, program.id, world.users.actor.id, 'actor');
      await expectAccess(
        ctx.app,
        world,
        { method: 'PATCH', url: `/api/programs/${program.id}`, payload: { description: 'x' } },
        {
          allowed: ['coordinator', 'admin'],
        },
      );
    });
  });
});
