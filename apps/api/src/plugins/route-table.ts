import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';

export interface RouteEntry {
  method: string;
  url: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Every route as registered (HEAD copies left out). The authorization-matrix test compares it
     * with its expected table, so a new route cannot ship without saying who may call it.
     */
    routeTable: readonly RouteEntry[];
  }
}

/** Register first: it sees only routes added after it. */
export const routeTablePlugin: FastifyPluginAsync = fp(async (app) => {
  const table: RouteEntry[] = [];
  app.decorate('routeTable', table);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') table.push({ method, url: route.url });
    }
  });
});
