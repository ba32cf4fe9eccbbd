import { randomUUID } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { Database } from '@mentoring/db';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from './lib/app-error.ts';
import { type Clock, systemClock } from './lib/clock.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { createAuthService } from './modules/auth/auth.service.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { meRoutes } from './modules/me/me.routes.ts';
import { createMeService } from './modules/me/me.service.ts';
import { programRoutes } from './modules/programs/programs.routes.ts';
import { createProgramsService } from './modules/programs/programs.service.ts';
import { authPlugin } from './plugins/auth.ts';
import { dbPlugin } from './plugins/db.ts';
import { errorsPlugin, sendRouteNotFound } from './plugins/errors.ts';
import { openapiPlugin } from './plugins/openapi.ts';
import { securityPlugin } from './plugins/security.ts';
import { spaPlugin } from './plugins/spa.ts';

export interface BuildAppOptions {
  database: Database;
  jwtSecret: string;
  clock?: Clock;
  logger?: FastifyServerOptions['logger'];
  trustProxy?: boolean;
  /** Folder of the built web app; omitted in API tests. */
  webDist?: string;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Builds the app; never listens (server.ts does), so tests drive it with `app.inject`. */
export async function buildApp(options: BuildAppOptions) {
  const clock = options.clock ?? systemClock;
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 1_048_576,
    // Keep a caller's request id (from a proxy) when it looks like one; otherwise make our own.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(errorsPlugin);
  await app.register(securityPlugin);
  await app.register(dbPlugin, { database: options.database });
  await app.register(authPlugin, { secret: options.jwtSecret });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new AppError(
        429,
        'rate_limited',
        `Too many requests. Try again in ${Math.ceil(context.ttl / 1000)} s.`,
      ),
  });
  await app.register(openapiPlugin);
  await app.register(healthRoutes, { database: options.database });

  const db = options.database.db;
  const auth = createAuthService({ db, clock });
  const me = createMeService({ db, clock });
  const programs = createProgramsService({ db });

  await app.register(
    async (api) => {
      api.setNotFoundHandler(sendRouteNotFound);
      await api.register(authRoutes, { prefix: '/auth', auth });
      // Everything registered in this scope needs a signed-in user: a hook, not a URL check.
      await api.register(async (signedIn) => {
        signedIn.addHook('onRequest', signedIn.requireUser);
        await signedIn.register(meRoutes, { prefix: '/me', me });
        await signedIn.register(programRoutes, { prefix: '/programs', programs });
      });
    },
    { prefix: '/api' },
  );

  if (options.webDist) await app.register(spaPlugin, { root: options.webDist });
  else app.setNotFoundHandler(sendRouteNotFound);
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
