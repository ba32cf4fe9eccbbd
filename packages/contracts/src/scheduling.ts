import { z } from 'zod';
import { Instant, PlainDate, Uuid } from './common.ts';
import { TimeZone } from './programs.ts';

const Clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Use HH:MM');

export const WeeklyRule = z.strictObject({
  weekday: z.number().int().min(1).max(7),
  start: Clock,
  end: Clock,
  validFrom: PlainDate.nullable().optional(),
  validUntil: PlainDate.nullable().optional(),
});
export const DateOverride = z.strictObject({
  date: PlainDate,
  /** Empty: a day off. */
  intervals: z.array(z.strictObject({ start: Clock, end: Clock })).max(10),
});

export const AvailabilityBody = z.strictObject({
  timeZone: TimeZone,
  weeklyRules: z.array(WeeklyRule).max(50),
  overrides: z.array(DateOverride).max(366),
  lengths: z.array(z.number().int().min(5).max(480)).min(1).max(6),
  stepMinutes: z.number().int().min(5).max(240),
  bufferBeforeMinutes: z.number().int().min(0).max(240),
  bufferAfterMinutes: z.number().int().min(0).max(240),
  minNoticeMinutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 30),
  horizonDays: z.number().int().min(1).max(365),
  maxPerDay: z.number().int().min(1).max(50).nullable(),
  maxPerWeek: z.number().int().min(1).max(200).nullable(),
});
export type AvailabilityBody = z.infer<typeof AvailabilityBody>;

export const Availability = AvailabilityBody.extend({ mentorId: Uuid, updatedAt: Instant.nullable() });
export type Availability = z.infer<typeof Availability>;

export const MentorIdParams = z.object({ mentorId: Uuid });

export const SlotsQuery = z.strictObject({
  from: Instant,
  to: Instant,
  length: z.coerce.number().int().min(5).max(480),
});
export const Slots = z.object({
  mentorId: Uuid,
  timeZone: z.string(),
  length: z.number().int(),
  /** The meeting lengths the mentor offers, so a booking page can offer just those. */
  lengths: z.array(z.number().int()),
  slots: z.array(z.object({ start: Instant, end: Instant })),
});
export type Slots = z.infer<typeof Slots>;

export const LocationKind = z.enum(['in_person', 'remote']);

export const CreateBookingBody = z.strictObject({
  mentorId: Uuid,
  startsAt: Instant,
  length: z.number().int().min(5).max(480),
  locationKind: LocationKind,
  location: z.string().trim().max(500).default(''),
  agenda: z.string().trim().max(2000).default(''),
});
export type CreateBookingBody = z.infer<typeof CreateBookingBody>;

export const Booking = z.object({
  id: Uuid,
  programId: Uuid,
  matchId: Uuid,
  mentorId: Uuid,
  mentorName: z.string(),
  actorId: Uuid,
  actorName: z.string(),
  startsAt: Instant,
  endsAt: Instant,
  status: z.enum(['confirmed', 'cancelled']),
  locationKind: LocationKind,
  location: z.string(),
  agenda: z.string(),
  sequence: z.number().int(),
  cancelledAt: Instant.nullable(),
  cancelReason: z.string().nullable(),
});
export type Booking = z.infer<typeof Booking>;

export const BookingIdParams = z.object({ bookingId: Uuid });
export const BookingsQuery = z.strictObject({
  from: Instant.optional(),
  to: Instant.optional(),
  /** Coordinators: every booking of this program. */
  programId: Uuid.optional(),
});
export const RescheduleBody = z.strictObject({
  startsAt: Instant,
  length: z.number().int().min(5).max(480).optional(),
});
export const CancelBody = z.strictObject({ reason: z.string().trim().max(500).optional() });
