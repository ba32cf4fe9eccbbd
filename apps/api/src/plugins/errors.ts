import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/app-error.ts';
import { problem, toProblem } from '../lib/problem.ts';

/** The one error handler: every failure leaves as application/problem+json with the request id. */
export const errorsPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error, request, reply) => {
      const body = toProblem(error, request.id);
      if (body.status >= 500) request.log.error({ err: error }, 'request failed');
      else request.log.info({ code: body.code, status: body.status }, 'request rejected');
      if (error instanceof AppError && error.headers) reply.headers(error.headers);
      return reply.status(body.status).type('application/problem+json').send(body);
    });
  },
  { name: 'errors' },
);

/** 404 for a path no route serves. The API scope and the SPA fallback both answer with it. */
export function sendRouteNotFound(request: FastifyRequest, reply: FastifyReply) {
  const path = request.url.split('?')[0] ?? '/';
  return reply
    .status(404)
    .type('application/problem+json')
    .send(problem(404, 'route_not_found', `No route for ${request.method} ${path}.`, request.id));
}
