import { z } from 'zod';
import { PlainDate, Uuid } from './common.ts';
import { EventType } from './events.ts';

export const IndicatorsQuery = z
  .strictObject({
    from: PlainDate,
    to: PlainDate,
    /** One or more programs (repeat the parameter); none: every program the caller coordinates. */
    programId: z.union([Uuid, z.array(Uuid).max(50)]).optional(),
  })
  .refine((q) => q.to >= q.from, { message: 'The range must end on or after its start', path: ['to'] });

/**
 * The figures a funder or steering group asks for, computed from the data for a date range and a
 * set of programs. Survey figures only include items with at least five answers in a survey.
 */
export const Indicators = z.object({
  from: PlainDate,
  to: PlainDate,
  programs: z.array(z.object({ id: Uuid, name: z.string() })),
  /** Organisation-wide events are included for administrators asking without a program. */
  includesOrganisationEvents: z.boolean(),
  events: z.object({
    total: z.number().int(),
    byType: z.record(EventType, z.number().int()),
  }),
  participations: z.number().int(),
  distinctParticipants: z.number().int(),
  students: z.number().int(),
  supervisionGroups: z.object({ groups: z.number().int(), members: z.number().int() }),
  mentoring: z.object({
    mentors: z.number().int(),
    actors: z.number().int(),
    pairs: z.number().int(),
    completed: z.number().int(),
    endedEarly: z.number().int(),
    /** completed / (completed + ended early); null while none has closed. */
    completionRate: z.number().nullable(),
    sessions: z.number().int(),
    sessionHours: z.number(),
  }),
  goals: z.object({
    goals: z.number().int(),
    /** Mean of each goal's first and latest actor rating, over goals rated at least twice. */
    ratedTwice: z.number().int(),
    startMean: z.number().nullable(),
    endMean: z.number().nullable(),
  }),
  surveys: z.object({
    sent: z.number().int(),
    recipients: z.number().int(),
    responses: z.number().int(),
    responseRate: z.number().nullable(),
    keyResults: z.array(
      z.object({
        key: z.string(),
        prompt: z.object({ fi: z.string(), en: z.string() }),
        mean: z.number(),
        answers: z.number().int(),
      }),
    ),
  }),
});
export type Indicators = z.infer<typeof Indicators>;
