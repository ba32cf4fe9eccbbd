import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { problem } from '../lib/problem.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Starts draining: from now on every new request gets 503 (and `/readyz` too, so a load
     * balancer stops sending traffic) while requests already running finish. Resolves when none
     * is left, or after `timeoutMs`; resolves `false` then.
     */
    drain(timeoutMs: number): Promise<boolean>;
  }
}

/**
 * Graceful shutdown, the part Fastify's `close()` does not do: `close()` stops listening at once,
 * so a client that connects a moment later gets "connection refused" and cannot tell a restart
 * from a dead server. While draining we keep listening and answer 503 problem+json with
 * `Connection: close` and `Retry-After`, which clients and proxies know how to retry.
 */
export const shutdownPlugin = fp(
  async (app: FastifyInstance) => {
    let draining = false;
    let inFlight = 0;
    let onIdle: (() => void) | undefined;

    app.addHook('onRequest', async (request, reply) => {
      if (draining) {
        // Answered here rather than thrown: the error handler would log every one as a failure.
        return reply
          .status(503)
          .headers({ connection: 'close', 'retry-after': '5' })
          .type('application/problem+json')
          .send(problem(503, 'shutting_down', 'The server is restarting. Try again shortly.', request.id));
      }
      inFlight++;
      // 'close' fires once the response is sent or the client went away: either way it is done.
      reply.raw.once('close', () => {
        inFlight--;
        if (inFlight === 0) onIdle?.();
      });
    });

    app.decorate('drain', (timeoutMs: number) => {
      draining = true;
      if (inFlight === 0) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), timeoutMs);
        onIdle = () => {
          clearTimeout(timer);
          resolve(true);
        };
      });
    });
  },
  { name: 'shutdown', dependencies: ['errors'] },
);
