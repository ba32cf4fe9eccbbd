import {
  AdminUser,
  AdminUsersQuery,
  ErasureReport,
  MyDataExport,
  Problem,
  UserIdParams,
} from '@mentoring/contracts';
import { users } from '@mentoring/db/schema';
import { asc, ilike, or } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceDeps } from '../../lib/service-deps.ts';
import { requireAdmin } from '../audit/audit.ts';
import { eraseUser } from './erasure.ts';
import { exportMyData } from './my-data.ts';

const security = [{ bearer: [] }];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

/** `%` and `_` are wildcards in LIKE; a search for them means the characters themselves. */
const likeLiteral = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The person's own data download, and administrators' finding and erasing of people. */
export const privacyRoutes: FastifyPluginAsyncZod<ServiceDeps> = async (app, { db, clock, publicUrl }) => {
  const tags = ['privacy'];
  app.get(
    '/me/data',
    {
      // An export runs some thirty queries: a generous limit keeps a script from hammering it.
      config: { rateLimit: { max: 30, timeWindow: 60_000 } },
      schema: {
        tags,
        security,
        summary: 'Everything stored about me, as a JSON download',
        response: { 200: MyDataExport, ...errors },
      },
    },
    async (request, reply) => {
      const data = await exportMyData(db, clock, request.user.id);
      return reply
        .header('content-disposition', `attachment; filename="my-data-${data.exportedAt.slice(0, 10)}.json"`)
        .send(data);
    },
  );

  app.get(
    '/admin/users',
    {
      schema: {
        tags,
        security,
        summary: 'Find people by name or email (administrators)',
        querystring: AdminUsersQuery,
        response: { 200: z.array(AdminUser), ...errors },
      },
    },
    async (request) => {
      requireAdmin(request.user);
      const pattern = likeLiteral(request.query.q);
      const rows = await db
        .select()
        .from(users)
        .where(or(ilike(users.name, pattern), ilike(users.email, pattern)))
        .orderBy(asc(users.name))
        .limit(20);
      return rows.map((row) => ({
        id: row.id,
        name: row.name,
        email: row.email,
        isActive: row.isActive,
        erasedAt: row.erasedAt?.toISOString() ?? null,
      }));
    },
  );

  app.post(
    '/admin/users/:userId/erase',
    {
      schema: {
        tags,
        security,
        summary:
          "Erase a person: anonymise the account and delete their texts (administrators; can't be undone)",
        params: UserIdParams,
        response: { 200: ErasureReport, ...errors },
      },
    },
    async (request) => eraseUser({ db, clock, publicUrl }, request.user, request.params.userId),
  );
};
