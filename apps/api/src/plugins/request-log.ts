import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';

/**
 * One log line per request, when it completes: method, path (tokens redacted by the `req`
 * serializer), status and time. Fastify's default writes two (incoming + completed); at full load
 * that second line cost as much CPU as a simple read's query. Pair with `disableRequestLogging`.
 */
export const requestLogPlugin: FastifyPluginAsync = fp(async (app) => {
  app.addHook('onResponse', async (request, reply) => {
    request.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
  });
});
