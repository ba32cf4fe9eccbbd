import { z } from 'zod';
import { Instant, PlainDate, Uuid } from './common.ts';

const Text = (max: number) => z.string().trim().max(max);

export const ActionItemInput = z.strictObject({
  text: Text(500).min(1),
  owner: z.enum(['actor', 'mentor']),
  dueOn: PlainDate.nullable().optional(),
});

export const CreateSessionBody = z.strictObject({
  /** Log a booked meeting: date, length and pair come from it. */
  bookingId: Uuid.optional(),
  heldAt: Instant.optional(),
  durationMinutes: z.number().int().min(5).max(600).optional(),
  format: z.enum(['in_person', 'remote']).optional(),
  topics: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
  sharedSummary: Text(5000).default(''),
  privateNote: Text(5000).default(''),
  actionItems: z.array(ActionItemInput).max(20).default([]),
});
export type CreateSessionBody = z.infer<typeof CreateSessionBody>;

export const UpdateSessionBody = z.strictObject({
  heldAt: Instant.optional(),
  durationMinutes: z.number().int().min(5).max(600).optional(),
  format: z.enum(['in_person', 'remote']).optional(),
  topics: z.array(z.string().trim().min(1).max(60)).max(20).optional(),
  sharedSummary: Text(5000).optional(),
  privateNote: Text(5000).optional(),
});
export type UpdateSessionBody = z.infer<typeof UpdateSessionBody>;

export const ActionItem = z.object({
  id: Uuid,
  sessionId: Uuid,
  text: z.string(),
  owner: z.enum(['actor', 'mentor']),
  dueOn: PlainDate.nullable(),
  done: z.boolean(),
  overdue: z.boolean(),
});
export type ActionItem = z.infer<typeof ActionItem>;

/**
 * A logged session as the viewer may see it: coordinators get date, length and topics only
 * (texts are null); the private note is its author's alone.
 */
export const SessionLog = z.object({
  id: Uuid,
  matchId: Uuid,
  bookingId: Uuid.nullable(),
  heldAt: Instant,
  durationMinutes: z.number().int(),
  format: z.enum(['in_person', 'remote']),
  topics: z.array(z.string()),
  sharedSummary: z.string().nullable(),
  privateNote: z.string().nullable(),
  reflection: z.string().nullable(),
  actionItems: z.array(ActionItem).nullable(),
});
export type SessionLog = z.infer<typeof SessionLog>;

export const ReflectionBody = z.strictObject({ reflection: Text(3000).min(1) });
export const UpdateActionItemBody = z.strictObject({
  done: z.boolean().optional(),
  text: Text(500).min(1).optional(),
  dueOn: PlainDate.nullable().optional(),
});
export const SessionIdParams = z.object({ sessionId: Uuid });
export const ItemIdParams = z.object({ itemId: Uuid });
export const GoalIdParams = z.object({ goalId: Uuid });

export const CheckIn = z.object({
  id: Uuid,
  phaseId: Uuid.nullable(),
  ratedBy: z.enum(['actor', 'mentor']),
  rating: z.number().int().min(1).max(5),
  note: z.string(),
  createdAt: Instant,
});
export type CheckIn = z.infer<typeof CheckIn>;

export const Goal = z.object({
  id: Uuid,
  matchId: Uuid,
  title: z.string(),
  description: z.string(),
  successCriteria: z.string(),
  topics: z.array(z.string()),
  mentorComment: z.string(),
  checkIns: z.array(CheckIn),
});
export type Goal = z.infer<typeof Goal>;

export const CreateGoalBody = z.strictObject({
  title: Text(200).min(1),
  description: Text(3000).default(''),
  successCriteria: Text(2000).default(''),
  topics: z.array(z.string().trim().min(1).max(60)).max(10).default([]),
});
export const UpdateGoalBody = z.strictObject({
  title: Text(200).min(1).optional(),
  description: Text(3000).optional(),
  successCriteria: Text(2000).optional(),
  topics: z.array(z.string().trim().min(1).max(60)).max(10).optional(),
  /** Mentors only. */
  mentorComment: Text(2000).optional(),
});
export const CheckInBody = z.strictObject({
  phaseId: Uuid.nullable().optional(),
  rating: z.number().int().min(1).max(5),
  note: Text(2000).default(''),
});

export const HealthState = z.enum(['on_track', 'needs_check_in', 'at_risk', 'closed']);
export type HealthState = z.infer<typeof HealthState>;

export const PairHealth = z.object({
  matchId: Uuid,
  mentorId: Uuid,
  mentorName: z.string(),
  actorId: Uuid,
  actorName: z.string(),
  status: z.string(),
  state: HealthState,
  /** Why the state is what it is, as codes the UI translates. */
  reasons: z.array(
    z.enum(['no_meeting_recently', 'behind_target', 'long_silence', 'no_first_meeting', 'closed']),
  ),
  lastMeetingAt: Instant.nullable(),
  nextMeetingAt: Instant.nullable(),
  sessionsHeld: z.number().int(),
  sessionsExpected: z.number(),
  openActionItems: z.number().int(),
  overdueActionItems: z.number().int(),
  latestGoalRating: z.number().nullable(),
});
export type PairHealth = z.infer<typeof PairHealth>;

export const ProgramHealth = z.object({
  pairs: z.array(PairHealth),
  counts: z.record(HealthState, z.number().int()),
  meetingsPerWeek: z.array(z.object({ weekStart: PlainDate, meetings: z.number().int() })),
});
export type ProgramHealth = z.infer<typeof ProgramHealth>;

export const CloseMatchBody = z.strictObject({
  outcome: z.enum(['completed', 'ended']),
  endedReason: Text(500).optional(),
  reflection: Text(3000).optional(),
  continueMeeting: z.boolean().optional(),
});
export const MatchIdOnly = z.object({ matchId: Uuid });
