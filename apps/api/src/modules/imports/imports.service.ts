import { type ImportReport, type ImportRow, ImportVerdict } from '@mentoring/contracts';
import type { Db } from '@mentoring/db';
import { invitations } from '@mentoring/db/schema';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { AppError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuthUser } from '../../plugins/auth.ts';
import { requireMembership, requireWritable } from '../access/access.service.ts';
import type { InvitationsService } from '../invitations/invitations.service.ts';
import { parseParticipantsCsv } from './parse-participants-csv.ts';

export const MAX_IMPORT_ROWS = 2_000;

export function createImportsService(deps: { db: Db; clock: Clock; invitations: InvitationsService }) {
  const { db, clock } = deps;

  return {
    /**
     * Judges every row, then (unless a dry run) invites the valid ones in one transaction. A bad
     * row never blocks the others; the report says what happened to each line.
     */
    async importParticipants(
      user: AuthUser,
      programId: string,
      csv: string,
      dryRun: boolean,
    ): Promise<ImportReport> {
      const { program } = await requireMembership(db, user, programId, ['coordinator']);
      requireWritable(program);
      let people: ReturnType<typeof parseParticipantsCsv>;
      try {
        people = parseParticipantsCsv(csv);
      } catch (error) {
        throw new AppError(
          400,
          'csv_unreadable',
          `The file could not be read as CSV: ${(error as Error).message}`,
        );
      }
      if (people.length > MAX_IMPORT_ROWS) {
        throw new AppError(400, 'too_many_rows', `At most ${MAX_IMPORT_ROWS} rows can be imported at once.`);
      }
      const members = await deps.invitations.activeMemberEmails(programId);
      const openInvites = await db
        .select({ email: sql<string>`lower(${invitations.email})` })
        .from(invitations)
        .where(
          and(
            eq(invitations.programId, programId),
            isNull(invitations.acceptedAt),
            isNull(invitations.revokedAt),
            gt(invitations.expiresAt, clock()),
          ),
        );
      const invited = new Set(openInvites.map((r) => r.email));
      const seen = new Set<string>();
      const rows: (ImportRow & { parsed: (typeof people)[number] })[] = people.map((person) => {
        const email = person.normalizedEmail;
        let verdict: ImportVerdict = person.problem ?? 'valid';
        if (verdict === 'valid' && email) {
          if (seen.has(email)) verdict = 'duplicate';
          else if (members.has(email)) verdict = 'already_member';
          else if (invited.has(email)) verdict = 'already_invited';
          seen.add(email);
        }
        return {
          line: person.line,
          name: person.name,
          email: person.email,
          role: person.role,
          verdict,
          parsed: person,
        };
      });

      const valid = rows.filter((row) => row.verdict === 'valid');
      if (!dryRun && valid.length > 0) {
        await db.transaction(async (tx) => {
          for (const row of valid) {
            const { normalizedEmail, parsedRole } = row.parsed;
            if (!normalizedEmail || !parsedRole) continue;
            await deps.invitations.invite(
              tx,
              program,
              { email: normalizedEmail, name: row.name, role: parsedRole },
              user.id,
            );
          }
        });
      }
      const counts = Object.fromEntries(
        ImportVerdict.options.map((v) => [v, rows.filter((row) => row.verdict === v).length]),
      ) as ImportReport['counts'];
      return {
        dryRun,
        rows: rows.map(({ parsed: _parsed, ...row }) => row),
        counts,
        imported: dryRun ? 0 : valid.length,
      };
    },
  };
}
export type ImportsService = ReturnType<typeof createImportsService>;
