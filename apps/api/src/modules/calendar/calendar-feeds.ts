import type { Db } from '@mentoring/db';
import { calendarFeeds } from '@mentoring/db/schema';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../lib/app-error.ts';
import type { ServiceDeps } from '../../lib/service-deps.ts';
import { hashToken, newToken } from '../../lib/tokens.ts';
import type { BookingsService } from '../bookings/bookings.service.ts';

/** Creating or rotating the secret feed address (signed-in scope). */
export const calendarFeedRoutes: FastifyPluginAsyncZod<ServiceDeps> = async (
  app,
  { db, clock, publicUrl },
) => {
  app.post(
    '/calendar/feed',
    {
      schema: {
        tags: ['scheduling'],
        security: [{ bearer: [] }],
        summary: 'Create or rotate my calendar feed address (the old one stops working)',
        response: { 200: z.object({ url: z.string(), webcalUrl: z.string() }) },
      },
    },
    async (request) => {
      const token = newToken();
      await db
        .insert(calendarFeeds)
        .values({ userId: request.user.id, tokenHash: hashToken(token), createdAt: clock() })
        .onConflictDoUpdate({
          target: calendarFeeds.userId,
          set: { tokenHash: hashToken(token), createdAt: clock() },
        });
      const url = `${publicUrl}/api/calendar/${token}.ics`;
      return { url, webcalUrl: url.replace(/^https?:/, 'webcal:') };
    },
  );

  app.delete(
    '/calendar/feed',
    {
      schema: {
        tags: ['scheduling'],
        security: [{ bearer: [] }],
        summary: 'Turn my calendar feed off',
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await db.delete(calendarFeeds).where(eq(calendarFeeds.userId, request.user.id));
      return reply.status(204).send(null);
    },
  );
};

/** The feed itself: public, found by its secret token only (public scope). */
export const calendarFeedFileRoutes: FastifyPluginAsyncZod<{ db: Db; bookings: BookingsService }> = async (
  app,
  { db, bookings },
) => {
  app.get(
    '/calendar/:file',
    {
      config: { rateLimit: { max: 60, timeWindow: 60_000 } },
      schema: {
        tags: ['scheduling'],
        summary: 'A subscribable calendar of my meetings',
        params: z.object({ file: z.string().regex(/^[A-Za-z0-9_-]{20,100}\.ics$/) }),
      },
    },
    async (request, reply) => {
      const token = request.params.file.slice(0, -4);
      const [feed] = await db
        .select()
        .from(calendarFeeds)
        .where(eq(calendarFeeds.tokenHash, hashToken(token)));
      if (!feed) throw notFound('Calendar');
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .send(await bookings.feedFile(feed.userId));
    },
  );
};
