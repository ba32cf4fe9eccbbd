import { z } from 'zod';

export const Uuid = z.uuid();

export const Locale = z.enum(['fi', 'en']);
export type Locale = z.infer<typeof Locale>;

/** A user's role in one program. The same person can be an actor in 2022 and a mentor in 2024. */
export const ParticipantRole = z.enum(['coordinator', 'mentor', 'actor']);
export type ParticipantRole = z.infer<typeof ParticipantRole>;

/** A calendar date without time, `YYYY-MM-DD`. */
export const PlainDate = z.iso.date();

/** An instant with an explicit offset, as the API speaks it. */
export const Instant = z.iso.datetime({ offset: true });

export const Email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((email) => email.toLowerCase());

/** RFC 9457 problem details, as every error response carries them. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  code: z.string(),
  requestId: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof Problem>;

export const ProgramIdParams = z.object({ programId: Uuid });
