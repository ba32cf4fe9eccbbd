import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sendRouteNotFound } from './errors.ts';

/**
 * Serves the built web app (when there is one): hashed assets cached for a year, index.html for every other GET
 * outside /api so client-side routes survive a reload.
 */
export const spaPlugin = fp(
  async (app: FastifyInstance, options: { root: string }) => {
    if (!existsSync(join(options.root, 'index.html'))) {
      app.log.warn({ root: options.root }, 'web app not built; serving the API only');
      app.setNotFoundHandler(sendRouteNotFound);
      return;
    }
    await app.register(fastifyStatic, {
      root: options.root,
      wildcard: false,
      index: false,
      setHeaders: (res, path) => {
        res.header(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0] ?? '/';
      if (request.method !== 'GET' || path.startsWith('/api') || path.includes('.')) {
        return sendRouteNotFound(request, reply);
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  },
  { name: 'spa', dependencies: ['errors'] },
);
