import { z } from 'zod';
import { ParticipantRole, PlainDate, Uuid } from './common.ts';

export const PhaseKind = z.enum(['kickoff', 'goal_setting', 'midpoint', 'closing', 'other']);
export type PhaseKind = z.infer<typeof PhaseKind>;

export const Phase = z.object({
  id: Uuid,
  kind: PhaseKind,
  name: z.string(),
  startsOn: PlainDate,
  endsOn: PlainDate,
});
export type Phase = z.infer<typeof Phase>;

export const Program = z.object({
  id: Uuid,
  name: z.string(),
  description: z.string(),
  startsOn: PlainDate,
  endsOn: PlainDate,
  timeZone: z.string(),
  targetMeetingsPerPair: z.number().int(),
  /** Months after the end when session texts, reflections and survey free text are deleted; null keeps them. */
  retentionMonths: z.number().int().nullable(),
  archived: z.boolean(),
});
export type Program = z.infer<typeof Program>;

/** A program as one member sees it: the program plus that member's role in it. */
export const Membership = z.object({
  role: ParticipantRole,
  program: Program,
});
export type Membership = z.infer<typeof Membership>;

export const RoleCounts = z.object({
  coordinator: z.number().int(),
  mentor: z.number().int(),
  actor: z.number().int(),
});

export const ProgramSummary = Program.extend({
  myRole: ParticipantRole.nullable(),
  counts: RoleCounts,
});
export type ProgramSummary = z.infer<typeof ProgramSummary>;

export const ProgramDetail = ProgramSummary.extend({ phases: z.array(Phase) });
export type ProgramDetail = z.infer<typeof ProgramDetail>;

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};
export const TimeZone = z.string().max(64).refine(isTimeZone, 'Unknown time zone');

export const PhaseInput = z.strictObject({
  kind: PhaseKind,
  /** Empty: the UI shows the kind's name in the reader's language. */
  name: z.string().trim().max(120).default(''),
  startsOn: PlainDate,
  endsOn: PlainDate,
});
export type PhaseInput = z.infer<typeof PhaseInput>;

const ProgramFields = {
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5000),
  startsOn: PlainDate,
  endsOn: PlainDate,
  timeZone: TimeZone,
  targetMeetingsPerPair: z.number().int().min(1).max(100),
  retentionMonths: z.number().int().min(1).max(240).nullable(),
  /** Phases in order; omitted on create: kick-off, goal setting, mid-point review and closing are derived from the dates. */
  phases: z.array(PhaseInput).max(20),
};

export const CreateProgramBody = z.strictObject({
  name: ProgramFields.name,
  description: ProgramFields.description.default(''),
  startsOn: ProgramFields.startsOn,
  endsOn: ProgramFields.endsOn,
  timeZone: ProgramFields.timeZone.default('Europe/Helsinki'),
  targetMeetingsPerPair: ProgramFields.targetMeetingsPerPair.default(8),
  retentionMonths: ProgramFields.retentionMonths.default(24),
  phases: ProgramFields.phases.optional(),
});
export type CreateProgramBody = z.infer<typeof CreateProgramBody>;

export const UpdateProgramBody = z.strictObject({
  name: ProgramFields.name.optional(),
  description: ProgramFields.description.optional(),
  startsOn: ProgramFields.startsOn.optional(),
  endsOn: ProgramFields.endsOn.optional(),
  timeZone: ProgramFields.timeZone.optional(),
  targetMeetingsPerPair: ProgramFields.targetMeetingsPerPair.optional(),
  retentionMonths: ProgramFields.retentionMonths.optional(),
  phases: ProgramFields.phases.optional(),
  /** true archives the program (read-only afterwards); only an admin can set it back to false. */
  archived: z.boolean().optional(),
});
export type UpdateProgramBody = z.infer<typeof UpdateProgramBody>;
