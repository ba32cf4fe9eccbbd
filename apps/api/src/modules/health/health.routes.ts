import { Health, Problem } from '@mentoring/contracts';
import type { Database } from '@mentoring/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../lib/app-error.ts';

const READY_TIMEOUT_MS = 2_000;

/** /healthz: the process answers. /readyz: the database answers too (load balancers route on it). */
export const healthRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  app.get('/healthz', { schema: { tags: ['health'], response: { 200: Health } } }, async () => ({
    status: 'ok' as const,
  }));

  app.get('/readyz', { schema: { tags: ['health'], response: { 200: Health, 503: Problem } } }, async () => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), READY_TIMEOUT_MS);
    });
    try {
      await Promise.race([database.ping(), timeout]);
      return { status: 'ok' as const };
    } catch {
      throw new AppError(503, 'database_unavailable', 'The database is not reachable.');
    } finally {
      clearTimeout(timer);
    }
  });
};
