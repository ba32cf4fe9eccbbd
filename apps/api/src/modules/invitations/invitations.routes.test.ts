import { invitations, outbox, participants } from '@mentoring/db/schema';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccess } from '../../test/access.ts';
import { type AccessWorld, createAccessWorld, createUser } from '../../test/factories.ts';
import { injectAs, useTestApp } from '../../test/harness.ts';
import { startSmtpReceiver } from '../../test/smtp.ts';
import { createOutboxWorker } from '../outbox/outbox-worker.ts';
import { createSmtpTransport } from '../outbox/smtp-transport.ts';
import { INVITATION_VALID_DAYS } from './invitations.service.ts';

const ctx = useTestApp();
const tokenOf = (url: string) => url.split('/invite/')[1] as string;

describe('invitations', () => {
  let world: AccessWorld;
  let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
  beforeAll(async () => {
    world = await createAccessWorld(ctx.database.db);
    smtp = await startSmtpReceiver();
  });
  afterAll(() => smtp.close());

  const invite = (payload: object, user = world.users.coordinator) =>
    injectAs(ctx.app, user, {
      method: 'POST',
      url: `/api/programs/${world.program.id}/invitations`,
      payload,
    });

  describe('happy', () => {
    it('invites, emails the link through SMTP, and a new person accepts with a password', async () => {
      const created = await invite({ email: 'Uusi.Aktori@Example.test', name: 'Uusi Aktori', role: 'actor' });
      expect(created.statusCode).toBe(201);
      const { invitation, inviteUrl } = created.json();
      expect(invitation).toMatchObject({ email: 'uusi.aktori@example.test', role: 'actor', status: 'open' });

      const transport = createSmtpTransport(smtp.url, 'no-reply@example.test');
      await createOutboxWorker({ db: ctx.database.db, transport, clock: ctx.clock }).runOnce();
      transport.close();
      const mail = smtp.received.find((m) => m.subject?.includes(world.program.name));
      expect(mail?.text).toContain(inviteUrl);
      expect(mail?.text).toContain('aktoriksi');
      expect(JSON.stringify(mail?.to)).toContain('uusi.aktori@example.test');

      const token = tokenOf(inviteUrl);
      const preview = await ctx.app.inject({ method: 'GET', url: `/api/invitations/${token}` });
      expect(preview.json()).toEqual({
        programName: world.program.name,
        role: 'actor',
        name: 'Uusi Aktori',
        email: 'uusi.aktori@example.test',
        accountExists: false,
      });

      const accepted = await ctx.app.inject({
        method: 'POST',
        url: `/api/invitations/${token}/accept`,
        payload: { name: 'Aino Uusi', password: 'a long enough passphrase' },
      });
      expect(accepted.statusCode).toBe(200);
      const { session, programId } = accepted.json();
      expect(programId).toBe(world.program.id);
      expect(session.user).toMatchObject({ name: 'Aino Uusi', email: 'uusi.aktori@example.test' });
      const me = await ctx.app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { authorization: `Bearer ${session.accessToken}` },
      });
      expect(me.json().memberships).toEqual([expect.objectContaining({ role: 'actor' })]);

      const again = await ctx.app.inject({
        method: 'POST',
        url: `/api/invitations/${token}/accept`,
        payload: { password: 'another passphrase' },
      });
      expect(again.statusCode).toBe(404); // single use
    });

    it('a kick-off room of 30 behind one address opens and accepts their invitations at once', async () => {
      const links = [];
      for (let i = 0; i < 30; i++) {
        const created = await invite({ email: `room-${i}@example.test`, name: `Room ${i}`, role: 'actor' });
        links.push(tokenOf(created.json().inviteUrl));
      }
      const answers = await Promise.all(
        links.map(async (token) => {
          const preview = await ctx.app.inject({ method: 'GET', url: `/api/invitations/${token}` });
          const accepted = await ctx.app.inject({
            method: 'POST',
            url: `/api/invitations/${token}/accept`,
            payload: { password: 'a long enough passphrase' },
          });
          return [preview.statusCode, accepted.statusCode];
        }),
      );
      expect(answers.filter(([preview, accepted]) => preview !== 200 || accepted !== 200)).toEqual([]);
    });

    it('an existing account signs in and the invitation joins it', async () => {
      const person = await createUser(ctx.database.db);
      const { inviteUrl } = (await invite({ email: person.email, name: person.name, role: 'mentor' })).json();
      const token = tokenOf(inviteUrl);
      expect(
        (await ctx.app.inject({ method: 'GET', url: `/api/invitations/${token}` })).json().accountExists,
      ).toBe(true);
      const anonymous = await ctx.app.inject({
        method: 'POST',
        url: `/api/invitations/${token}/accept`,
        payload: { password: 'x'.repeat(12) },
      });
      expect(anonymous.json().code).toBe('account_exists');
      const accepted = await injectAs(ctx.app, person, {
        method: 'POST',
        url: `/api/invitations/${token}/accept`,
        payload: {},
      });
      expect(accepted.json()).toEqual({ programId: world.program.id, session: null });
      const [row] = await ctx.database.db
        .select()
        .from(participants)
        .where(and(eq(participants.programId, world.program.id), eq(participants.userId, person.id)));
      expect(row?.role).toBe('mentor');
    });

    it('re-inviting replaces the open invitation; revoking ends it', async () => {
      const first = (await invite({ email: 'twice@example.test', name: 'Twice', role: 'actor' })).json();
      ctx.clock.advance(1_000);
      const second = (await invite({ email: 'twice@example.test', name: 'Twice', role: 'mentor' })).json();
      expect(
        (await ctx.app.inject({ method: 'GET', url: `/api/invitations/${tokenOf(first.inviteUrl)}` }))
          .statusCode,
      ).toBe(404);
      const list = (
        await injectAs(ctx.app, world.users.coordinator, {
          method: 'GET',
          url: `/api/programs/${world.program.id}/invitations`,
        })
      ).json();
      expect(
        list
          .filter((i: { email: string }) => i.email === 'twice@example.test')
          .map((i: { status: string }) => i.status),
      ).toEqual(['open', 'revoked']);
      const revoked = await injectAs(ctx.app, world.users.coordinator, {
        method: 'DELETE',
        url: `/api/invitations/${second.invitation.id}`,
      });
      expect(revoked.statusCode).toBe(204);
      expect(
        (await ctx.app.inject({ method: 'GET', url: `/api/invitations/${tokenOf(second.inviteUrl)}` }))
          .statusCode,
      ).toBe(404);
    });
  });

  describe('errors', () => {
    it('refuses to invite a current member, a bad email or an unknown role, and writes nothing', async () => {
      const before = (await ctx.database.db.select().from(outbox)).length;
      const member = await invite({ email: world.users.mentor.email, name: 'Mentor', role: 'mentor' });
      expect(member.json()).toMatchObject({ status: 409, code: 'already_member' });
      expect((await invite({ email: 'not-an-email', name: 'X', role: 'actor' })).statusCode).toBe(400);
      expect((await invite({ email: 'a@example.test', name: 'X', role: 'boss' })).statusCode).toBe(400);
      expect((await ctx.database.db.select().from(outbox)).length).toBe(before);
    });

    it('an expired link is refused', async () => {
      const { inviteUrl } = (
        await invite({ email: 'late@example.test', name: 'Late', role: 'actor' })
      ).json();
      ctx.clock.advance((INVITATION_VALID_DAYS + 1) * 86_400_000);
      try {
        const response = await ctx.app.inject({
          method: 'POST',
          url: `/api/invitations/${tokenOf(inviteUrl)}/accept`,
          payload: { password: 'long enough passphrase' },
        });
        expect(response.json()).toMatchObject({ status: 404, code: 'invitation_not_valid' });
      } finally {
        ctx.clock.advance(-(INVITATION_VALID_DAYS + 1) * 86_400_000);
      }
    });

    it('an accepted invitation cannot be revoked; a made-up token is not found', async () => {
      const [accepted] = await ctx.database.db
        .select()
        .from(invitations)
        .where(eq(invitations.email, 'uusi.aktori@example.test'));
      const response = await injectAs(ctx.app, world.users.coordinator, {
        method: 'DELETE',
        url: `/api/invitations/${accepted?.id}`,
      });
      expect(response.json().code).toBe('invitation_accepted');
      expect(
        (await ctx.app.inject({ method: 'GET', url: `/api/invitations/${'x'.repeat(43)}` })).statusCode,
      ).toBe(404);
    });
  });

  describe('access', () => {
    it("only the program's coordinators invite and list invitations", async () => {
      await expectAccess(
        ctx.app,
        world,
        {
          method: 'POST',
          url: `/api/programs/${world.program.id}/invitations`,
          payload: { email: 'access@example.test', name: 'A', role: 'actor' },
        },
        {
          allowed: ['coordinator', 'admin'],
        },
      );
      await expectAccess(
        ctx.app,
        world,
        { method: 'GET', url: `/api/programs/${world.program.id}/invitations` },
        {
          allowed: ['coordinator', 'admin'],
        },
      );
    });

    it("only the program's coordinators revoke", async () => {
      const { invitation } = (
        await invite({ email: 'revoke-access@example.test', name: 'R', role: 'actor' })
      ).json();
      await expectAccess(
        ctx.app,
        world,
        { method: 'DELETE', url: `/api/invitations/${invitation.id}` },
        { allowed: ['coordinator', 'admin'] },
      );
    });

    it('a signed-in user with a bad token cannot accept on behalf of nobody', async () => {
      const { inviteUrl } = (
        await invite({ email: 'bad-token@example.test', name: 'B', role: 'actor' })
      ).json();
      const response = await ctx.app.inject({
        method: 'POST',
        url: `/api/invitations/${tokenOf(inviteUrl)}/accept`,
        headers: { authorization: 'Bearer not-a-jwt' },
        payload: {},
      });
      expect(response.statusCode).toBe(401);
    });
  });
});
