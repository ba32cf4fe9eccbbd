import { z } from 'zod';
import { ParticipantRole, PlainDate, Uuid } from './common.ts';

export const Program = z.object({
  id: Uuid,
  name: z.string(),
  description: z.string(),
  startsOn: PlainDate,
  endsOn: PlainDate,
  timeZone: z.string(),
  archived: z.boolean(),
});
export type Program = z.infer<typeof Program>;

/** A program as one member sees it: the program plus that member's role in it. */
export const Membership = z.object({
  role: ParticipantRole,
  program: Program,
});
export type Membership = z.infer<typeof Membership>;

export const ProgramSummary = Program.extend({
  myRole: ParticipantRole.nullable(),
  counts: z.object({ coordinator: z.number().int(), mentor: z.number().int(), actor: z.number().int() }),
});
export type ProgramSummary = z.infer<typeof ProgramSummary>;
