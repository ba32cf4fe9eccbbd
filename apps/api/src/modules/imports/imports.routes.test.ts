import { invitations } from '@mentoring/db/schema';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccess } from '../../test/access.ts';
import { type AccessWorld, createAccessWorld } from '../../test/factories.ts';
import { injectAs, useTestApp } from '../../test/harness.ts';

const ctx = useTestApp();

describe('CSV import of participants', () => {
  let world: AccessWorld;
  beforeAll(async () => {
    world = await createAccessWorld(ctx.database.db);
  });

  const upload = (csv: string, dryRun: boolean, contentType = 'text/csv') =>
    injectAs(ctx.app, world.users.coordinator, {
      method: 'POST',
      url: `/api/programs/${world.program.id}/imports/participants?dryRun=${dryRun}`,
      headers: { 'content-type': contentType },
      payload: csv,
    });

  // As Finnish Excel saves it: BOM, semicolons, CRLF, quoted fields, blank lines, Finnish headers.
  const messy = [
    '\uFEFFNimi;Sähköposti;Rooli',
    '"Virtanen, Aino";aino.virtanen@example.test;aktori',
    '',
    'Eero Korhonen;EERO.KORHONEN@example.test;Mentori',
    'Ei Sähköpostia;ei-osoite;aktori',
    'Tuntematon Rooli;rooli@example.test;tuottaja',
    ';nimeton@example.test;aktori',
    'Aino Toistamiseen;Aino.Virtanen@example.test;aktori',
    `Jo Mukana;${'MENTOR'};mentori`,
    '  Välilyönnit  ;  valit@example.test  ;  actor  ',
  ].join('\r\n');

  describe('happy', () => {
    it('previews a messy Finnish Excel file row by row without writing anything', async () => {
      const csv = messy.replace('MENTOR', world.users.mentor.email);
      const response = await upload(csv, true);
      expect(response.statusCode).toBe(200);
      const report = response.json();
      expect(report.rows.map((r: { line: number; verdict: string }) => [r.line, r.verdict])).toEqual([
        [2, 'valid'],
        [4, 'valid'],
        [5, 'bad_email'],
        [6, 'unknown_role'],
        [7, 'missing_name'],
        [8, 'duplicate'],
        [9, 'already_member'],
        [10, 'valid'],
      ]);
      expect(report.rows[0].name).toBe('Virtanen, Aino');
      expect(report).toMatchObject({
        dryRun: true,
        imported: 0,
        counts: { valid: 3, duplicate: 1, bad_email: 1 },
      });
      expect(
        await ctx.database.db.select().from(invitations).where(eq(invitations.programId, world.program.id)),
      ).toEqual([]);
    });

    it('imports the valid rows in one go; a second import finds them already invited', async () => {
      const csv = messy.replace('MENTOR', world.users.mentor.email);
      const report = (await upload(csv, false)).json();
      expect(report).toMatchObject({ dryRun: false, imported: 3 });
      const rows = await ctx.database.db
        .select()
        .from(invitations)
        .where(eq(invitations.programId, world.program.id));
      expect(rows.map((r) => [r.email, r.role]).sort()).toEqual([
        ['aino.virtanen@example.test', 'actor'],
        ['eero.korhonen@example.test', 'mentor'],
        ['valit@example.test', 'actor'],
      ]);
      const again = (await upload(csv, false)).json();
      expect(again).toMatchObject({ imported: 0, counts: { already_invited: 3 } });
    });

    it('reads comma files with English headers in any order, and files without a header', async () => {
      const english = 'email,role,name\r\n"a1@example.test",mentor,"Smith, Anna"\n';
      expect((await upload(english, true)).json().rows[0]).toMatchObject({
        name: 'Smith, Anna',
        email: 'a1@example.test',
        verdict: 'valid',
      });
      const headerless = 'Pia Laine,pia@example.test,actor\n';
      expect((await upload(headerless, true, 'text/plain')).json().rows[0]).toMatchObject({
        name: 'Pia Laine',
        verdict: 'valid',
      });
    });

    it('handles 500 rows', async () => {
      const lines = [
        'name;email;role',
        ...Array.from(
          { length: 500 },
          (_, i) => `Henkilö ${i};bulk${i}@example.test;${i % 10 === 0 ? 'mentor' : 'actor'}`,
        ),
      ];
      const report = (await upload(lines.join('\n'), false)).json();
      expect(report).toMatchObject({ imported: 500, counts: { valid: 500 } });
    });
  });

  describe('errors', () => {
    it('refuses a JSON body and an unreadable file', async () => {
      const json = await injectAs(ctx.app, world.users.coordinator, {
        method: 'POST',
        url: `/api/programs/${world.program.id}/imports/participants`,
        payload: { csv: 'x' },
      });
      expect(json.statusCode).toBe(400);
      const broken = await upload('name,email,role\n"unterminated,a@b.fi,actor', true);
      expect(broken.statusCode).toBe(400);
      expect(broken.headers['content-type']).toContain('application/problem+json');
    });
  });

  describe('access', () => {
    it("only the program's coordinators import", async () => {
      await expectAccess(
        ctx.app,
        world,
        {
          method: 'POST',
          url: `/api/programs/${world.program.id}/imports/participants?dryRun=true`,
          headers: { 'content-type': 'text/csv' },
          payload: 'name,email,role\nA,a@example.test,actor',
        },
        { allowed: ['coordinator', 'admin'] },
      );
    });
  });
});
