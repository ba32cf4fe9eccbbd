import { randomUUID } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { Database } from '@mentoring/db';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from './lib/app-error.ts';
import { type Clock, systemClock } from './lib/clock.ts';
import { OneLinePerRequest } from './lib/logger.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { createAuthService } from './modules/auth/auth.service.ts';
import { createAvailabilityService } from './modules/availability/availability.service.ts';
import { schedulingRoutes } from './modules/bookings/bookings.routes.ts';
import { createBookingsService } from './modules/bookings/bookings.service.ts';
import { calendarFeedFileRoutes, calendarFeedRoutes } from './modules/calendar/calendar-feeds.ts';
import { createClosureService } from './modules/closure/closure.service.ts';
import { createAttendanceService } from './modules/events/attendance.service.ts';
import { eventRoutes } from './modules/events/events.routes.ts';
import { createEventsService } from './modules/events/events.service.ts';
import { createSupervisionGroupsService } from './modules/events/supervision-groups.service.ts';
import { createGoalsService } from './modules/goals/goals.service.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { createHealthService } from './modules/health/health.service.ts';
import { createImportsService } from './modules/imports/imports.service.ts';
import { invitationAcceptRoutes, invitationRoutes } from './modules/invitations/invitations.routes.ts';
import { createInvitationsService } from './modules/invitations/invitations.service.ts';
import { createMatchesService } from './modules/matches/matches.service.ts';
import { matchingRoutes } from './modules/matching/matching.routes.ts';
import { createMatchingService } from './modules/matching/matching.service.ts';
import { meRoutes } from './modules/me/me.routes.ts';
import { createMeService } from './modules/me/me.service.ts';
import { programPeopleRoutes } from './modules/participants/participants.routes.ts';
import { createParticipantsService } from './modules/participants/participants.service.ts';
import { passwordResetRoutes } from './modules/password-reset/password-reset.routes.ts';
import { createPasswordResetService } from './modules/password-reset/password-reset.service.ts';
import { privacyRoutes } from './modules/privacy/privacy.routes.ts';
import { profileRoutes } from './modules/profiles/profiles.routes.ts';
import { createProfilesService } from './modules/profiles/profiles.service.ts';
import { programRoutes } from './modules/programs/programs.routes.ts';
import { createProgramsService } from './modules/programs/programs.service.ts';
import { createIndicatorsService } from './modules/reports/indicators.service.ts';
import { reportRoutes } from './modules/reports/reports.routes.ts';
import { progressRoutes } from './modules/sessions/sessions.routes.ts';
import { createSessionsService } from './modules/sessions/sessions.service.ts';
import { surveyRoutes } from './modules/surveys/surveys.routes.ts';
import { createSurveyServices } from './modules/surveys/surveys.service.ts';
import { createTagsService } from './modules/tags/tags.service.ts';
import { wishRoutes } from './modules/wishes/wishes.routes.ts';
import { createWishesService } from './modules/wishes/wishes.service.ts';
import { authPlugin } from './plugins/auth.ts';
import { dbPlugin } from './plugins/db.ts';
import { errorsPlugin, sendRouteNotFound } from './plugins/errors.ts';
import { openapiPlugin } from './plugins/openapi.ts';
import { routeTablePlugin } from './plugins/route-table.ts';
import { securityPlugin } from './plugins/security.ts';
import { shutdownPlugin } from './plugins/shutdown.ts';
import { spaPlugin } from './plugins/spa.ts';

export interface BuildAppOptions {
  database: Database;
  jwtSecret: string;
  clock?: Clock;
  logger?: FastifyServerOptions['logger'];
  trustProxy?: boolean;
  /** Folder of the built web app; omitted in API tests. */
  webDist?: string;
  /** Where users reach the app: links in emails point here. */
  publicUrl?: string;
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
    logController: new OneLinePerRequest(),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(routeTablePlugin);
  await app.register(errorsPlugin);
  await app.register(securityPlugin);
  await app.register(shutdownPlugin); // 503 while draining on SIGTERM (server.ts)
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
  const publicUrl = options.publicUrl ?? 'http://localhost:3000';
  const programs = createProgramsService({ db, clock });
  const participants = createParticipantsService({ db, clock, publicUrl });
  const invitations = createInvitationsService({ db, clock, publicUrl });
  const imports = createImportsService({ db, clock, invitations });
  const profiles = createProfilesService({ db, clock });
  const tags = createTagsService({ db });
  const passwordReset = createPasswordResetService({ db, clock, publicUrl });
  const wishes = createWishesService({ db });
  const matching = createMatchingService({ db, wishes });
  const matches = createMatchesService({ db, clock, wishes, publicUrl });
  const availability = createAvailabilityService({ db, clock });
  const bookings = createBookingsService({ db, clock, publicUrl });
  const sessions = createSessionsService({ db, clock });
  const goals = createGoalsService({ db, clock });
  const health = createHealthService({ db, clock });
  const closure = createClosureService({ db, clock });
  const events = createEventsService({ db, clock });
  const attendance = createAttendanceService({ db });
  const supervisionGroups = createSupervisionGroupsService({ db });
  const indicators = createIndicatorsService({ db });

  await app.register(
    async (api) => {
      api.setNotFoundHandler(sendRouteNotFound);
      await api.register(authRoutes, { prefix: '/auth', auth });
      await api.register(passwordResetRoutes, { prefix: '/auth', passwordReset });
      await api.register(invitationAcceptRoutes, { invitations, clock });
      await api.register(calendarFeedFileRoutes, { db, bookings });
      // Everything registered in this scope needs a signed-in user: a hook, not a URL check.
      await api.register(async (signedIn) => {
        signedIn.addHook('onRequest', signedIn.requireUser);
        await signedIn.register(meRoutes, { prefix: '/me', me });
        await signedIn.register(programRoutes, { prefix: '/programs', programs });
        await signedIn.register(programPeopleRoutes, { prefix: '/programs', participants, imports, tags });
        await signedIn.register(invitationRoutes, { invitations });
        await signedIn.register(profileRoutes, { prefix: '/profiles', profiles });
        await signedIn.register(wishRoutes, { prefix: '/programs', wishes });
        await signedIn.register(matchingRoutes, { matching, matches });
        await signedIn.register(schedulingRoutes, { availability, bookings });
        await signedIn.register(calendarFeedRoutes, { db, clock, publicUrl });
        await signedIn.register(progressRoutes, { sessions, goals, health, closure });
        await signedIn.register(eventRoutes, { events, attendance, groups: supervisionGroups });
        await signedIn.register(surveyRoutes, createSurveyServices({ db, clock, publicUrl }));
        await signedIn.register(reportRoutes, { indicators });
        await signedIn.register(privacyRoutes, { db, clock, publicUrl });
        await signedIn.register(auditRoutes, { db });
      });
    },
    { prefix: '/api' },
  );

  if (options.webDist) await app.register(spaPlugin, { root: options.webDist });
  else app.setNotFoundHandler(sendRouteNotFound);
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
