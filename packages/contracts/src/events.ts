import { z } from 'zod';
import { Instant, Uuid } from './common.ts';

export const EventType = z.enum(['workshop', 'networking', 'network_coffee', 'supervision', 'other']);
export type EventType = z.infer<typeof EventType>;

const Text = (max: number) => z.string().trim().max(max);

const EventFields = {
  type: EventType,
  title: Text(200).min(1),
  description: Text(5000).default(''),
  startsAt: Instant,
  endsAt: Instant,
  /** An address, or a meeting link for an online event. */
  location: Text(500).default(''),
  capacity: z.number().int().min(1).max(10_000).nullable().default(null),
  supervisionGroupId: Uuid.nullable().default(null),
};

export const CreateEventBody = z
  .strictObject({
    /** Null: an organisation-wide event (administrators only). */
    programId: Uuid.nullable(),
    ...EventFields,
  })
  .refine((e) => new Date(e.endsAt) > new Date(e.startsAt), {
    message: 'The event must end after it starts',
    path: ['endsAt'],
  });
export type CreateEventBody = z.infer<typeof CreateEventBody>;

export const UpdateEventBody = z.strictObject({
  type: EventType.optional(),
  title: Text(200).min(1).optional(),
  description: Text(5000).optional(),
  startsAt: Instant.optional(),
  endsAt: Instant.optional(),
  location: Text(500).optional(),
  capacity: z.number().int().min(1).max(10_000).nullable().optional(),
  supervisionGroupId: Uuid.nullable().optional(),
});
export type UpdateEventBody = z.infer<typeof UpdateEventBody>;

export const Event = z.object({
  id: Uuid,
  programId: Uuid.nullable(),
  type: EventType,
  title: z.string(),
  description: z.string(),
  startsAt: Instant,
  endsAt: Instant,
  location: z.string(),
  capacity: z.number().int().nullable(),
  supervisionGroupId: Uuid.nullable(),
  registered: z.number().int(),
  attended: z.number().int(),
  /** Whether the viewer has signed up. */
  myRegistration: z.boolean(),
});
export type Event = z.infer<typeof Event>;

export const EventsQuery = z.strictObject({
  programId: Uuid.optional(),
  from: Instant.optional(),
  to: Instant.optional(),
});
export const EventIdParams = z.object({ eventId: Uuid });
export const EventUserParams = z.object({ eventId: Uuid, userId: Uuid });
export const EventExternalParams = z.object({ eventId: Uuid, personId: Uuid });

/** One line of an event's check-list: a registered or attending person. */
export const AttendanceEntry = z.object({
  kind: z.enum(['user', 'external']),
  /** The user id or the external person's id. */
  personId: Uuid,
  name: z.string(),
  email: z.string().nullable(),
  isStudent: z.boolean(),
  registered: z.boolean(),
  attended: z.boolean(),
});
export type AttendanceEntry = z.infer<typeof AttendanceEntry>;

export const AttendanceList = z.object({
  eventId: Uuid,
  entries: z.array(AttendanceEntry),
  /** The program's members, to tick those who came without signing up. */
  members: z.array(z.object({ userId: Uuid, name: z.string() })),
});
export type AttendanceList = z.infer<typeof AttendanceList>;

export const ExternalAttendeeBody = z.strictObject({
  name: Text(200).min(1),
  email: z
    .string()
    .trim()
    .max(254)
    .pipe(z.email())
    .transform((email) => email.toLowerCase())
    .nullable()
    .default(null),
  isStudent: z.boolean().default(false),
});
export type ExternalAttendeeBody = z.infer<typeof ExternalAttendeeBody>;

/** CSV with a header row: name, email, student (yes/no, kyllä/ei, 1/0). */
export const AttendanceImportBody = z.strictObject({ csv: z.string().min(1).max(1_000_000) });
export const AttendanceImportResult = z.object({
  added: z.number().int(),
  alreadyMarked: z.number().int(),
  matchedUsers: z.number().int(),
  externalPeople: z.number().int(),
  errors: z.array(z.object({ line: z.number().int(), message: z.string() })),
});
export type AttendanceImportResult = z.infer<typeof AttendanceImportResult>;

export const SupervisionGroup = z.object({
  id: Uuid,
  programId: Uuid,
  name: z.string(),
  supervisorName: z.string(),
  members: z.array(z.object({ userId: Uuid, name: z.string() })),
  meetings: z.number().int(),
});
export type SupervisionGroup = z.infer<typeof SupervisionGroup>;

export const SupervisionGroupBody = z.strictObject({
  name: Text(200).min(1),
  supervisorName: Text(200).default(''),
  memberIds: z.array(Uuid).max(100).default([]),
});
export type SupervisionGroupBody = z.infer<typeof SupervisionGroupBody>;
export const GroupIdParams = z.object({ groupId: Uuid });
