import { AuditEntry, AuditQuery, Problem } from '@mentoring/contracts';
import type { Db } from '@mentoring/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listAudit } from './audit.ts';

const security = [{ bearer: [] }];
const errors = { 400: Problem, 401: Problem, 403: Problem };

/** The audit log, for administrators. */
export const auditRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/admin/audit',
    {
      schema: {
        tags: ['privacy'],
        security,
        summary: 'Who read or changed whose personal data, newest first (administrators)',
        querystring: AuditQuery,
        response: { 200: z.array(AuditEntry), ...errors },
      },
    },
    async (request) => listAudit(db, request.user, request.query),
  );
};
