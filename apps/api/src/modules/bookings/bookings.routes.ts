import {
  Availability,
  AvailabilityBody,
  Booking,
  BookingIdParams,
  BookingsQuery,
  CancelBody,
  CreateBookingBody,
  MentorIdParams,
  Problem,
  RescheduleBody,
  Slots,
  SlotsQuery,
} from '@mentoring/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/app-error.ts';
import type { AvailabilityService } from '../availability/availability.service.ts';
import type { BookingsService } from './bookings.service.ts';

const security = [{ bearer: [] }];
const tags = ['scheduling'];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
/** Booking and moving also wait their turn with the mentor: 503 `booking_busy` when it takes too long. */
const bookingErrors = { ...errors, 503: Problem };
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,100}$/;

export const schedulingRoutes: FastifyPluginAsyncZod<{
  availability: AvailabilityService;
  bookings: BookingsService;
}> = async (app, { availability, bookings }) => {
  app.get(
    '/mentors/:mentorId/availability',
    {
      schema: {
        tags,
        security,
        summary: "A mentor's weekly hours, date overrides and booking policy",
        params: MentorIdParams,
        response: { 200: Availability, ...errors },
      },
    },
    async (request) => availability.get(request.user, request.params.mentorId),
  );

  app.put(
    '/mentors/:mentorId/availability',
    {
      schema: {
        tags,
        security,
        summary: 'Set availability (the mentor, or a coordinator of their program)',
        params: MentorIdParams,
        body: AvailabilityBody,
        response: { 200: Availability, ...errors },
      },
    },
    async (request) => availability.put(request.user, request.params.mentorId, request.body),
  );

  app.get(
    '/mentors/:mentorId/slots',
    {
      schema: {
        tags,
        security,
        summary:
          "A mentor's free times (UTC) for a meeting length: for the mentor, their matched actors and coordinators",
        params: MentorIdParams,
        querystring: SlotsQuery,
        response: { 200: Slots, ...errors },
      },
    },
    async (request) => bookings.slots(request.user, request.params.mentorId, request.query),
  );

  app.post(
    '/bookings',
    {
      schema: {
        tags,
        security,
        summary: 'Book a time with your mentor. Send an Idempotency-Key header to make retries safe.',
        headers: z.object({ 'idempotency-key': z.string().optional() }).passthrough(),
        body: CreateBookingBody,
        response: { 200: Booking, 201: Booking, ...bookingErrors },
      },
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key'];
      if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
        throw new AppError(
          400,
          'invalid_idempotency_key',
          'Idempotency-Key must be 8-100 letters, digits or ._:-',
        );
      }
      const { booking, replayed } = await bookings.create(request.user, request.body, key);
      if (replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(replayed ? 200 : 201).send(booking);
    },
  );

  app.get(
    '/bookings',
    {
      schema: {
        tags,
        security,
        summary: "Your meetings; coordinators: a program's (?programId=)",
        querystring: BookingsQuery,
        response: { 200: z.array(Booking), ...errors },
      },
    },
    async (request) => bookings.list(request.user, request.query),
  );

  app.post(
    '/bookings/:bookingId/reschedule',
    {
      schema: {
        tags,
        security,
        summary: 'Move a meeting (same calendar event, higher sequence)',
        params: BookingIdParams,
        body: RescheduleBody,
        response: { 200: Booking, ...bookingErrors },
      },
    },
    async (request) => bookings.reschedule(request.user, request.params.bookingId, request.body),
  );

  app.post(
    '/bookings/:bookingId/cancel',
    {
      schema: {
        tags,
        security,
        summary: 'Cancel a meeting (kept on record)',
        params: BookingIdParams,
        body: CancelBody,
        response: { 200: Booking, ...errors },
      },
    },
    async (request) => bookings.cancel(request.user, request.params.bookingId, request.body.reason),
  );

  app.get(
    '/bookings/:bookingId/ics',
    { schema: { tags, security, summary: 'The meeting as an .ics file', params: BookingIdParams } },
    async (request, reply) => {
      const file = await bookings.ics(request.user, request.params.bookingId);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="mentorointi.ics"')
        .send(file);
    },
  );
};
