import { z } from 'zod';
import { Instant, Uuid } from './common.ts';

export const Criterion = z.enum(['sector', 'needs', 'language', 'location', 'wish']);
export type Criterion = z.infer<typeof Criterion>;

export const Weights = z.strictObject({
  sector: z.number().min(0).max(10),
  needs: z.number().min(0).max(10),
  language: z.number().min(0).max(10),
  location: z.number().min(0).max(10),
  wish: z.number().min(0).max(10),
});
export type Weights = z.infer<typeof Weights>;

export const MustHave = z.strictObject({
  sector: z.boolean().optional(),
  needs: z.boolean().optional(),
  language: z.boolean().optional(),
  location: z.boolean().optional(),
  wish: z.boolean().optional(),
});

export const PairRef = z.strictObject({ actorId: Uuid, mentorId: Uuid });
export type PairRef = z.infer<typeof PairRef>;

export const Objective = z.enum(['maxTotal', 'fair', 'stable']);

export const SuggestionRequest = z.strictObject({
  weights: Weights.partial().optional(),
  mustHave: MustHave.optional(),
  objective: Objective.default('maxTotal'),
  locks: z.array(PairRef).max(5000).default([]),
  exclusions: z.array(PairRef).max(50_000).default([]),
});
export type SuggestionRequest = z.infer<typeof SuggestionRequest>;

export const Reason = z.object({ criterion: Criterion, code: z.string(), fi: z.string(), en: z.string() });
export const CriterionPart = z.object({
  criterion: Criterion,
  value: z.number(),
  weight: z.number(),
  points: z.number(),
  mustHave: z.boolean(),
  met: z.boolean(),
});

export const SuggestedPair = z.object({
  actorId: Uuid,
  mentorId: Uuid,
  score: z.number().int(),
  breakdown: z.array(CriterionPart),
  reasons: z.array(Reason),
  locked: z.boolean(),
});
export type SuggestedPair = z.infer<typeof SuggestedPair>;

export const UnplacedReason = z.enum(['no_capacity', 'all_forbidden', 'must_have_unmet']);

export const Suggestion = z.object({
  objective: Objective,
  pairs: z.array(SuggestedPair),
  unplaced: z.array(z.object({ actorId: Uuid, reason: UnplacedReason })),
  totalScore: z.number(),
  worstPairScore: z.number().nullable(),
  placedCount: z.number().int(),
  /** The solver's answer was checked against an independent optimality certificate. */
  optimal: z.boolean(),
  mentors: z.array(
    z.object({
      mentorId: Uuid,
      capacity: z.number().int(),
      load: z.number().int(),
      /** What one more place for this mentor could add to the total, at most (null in stable mode). */
      slotValueBound: z.number().nullable(),
    }),
  ),
  /** Scores of every actor × mentor pair for the heatmap; null where the pair is forbidden. */
  heatmap: z.object({
    actorIds: z.array(Uuid),
    mentorIds: z.array(Uuid),
    scores: z.array(z.array(z.number().int().nullable())),
  }),
  /** People in the suggestion, so the client needs no second request to show names. */
  people: z.array(z.object({ userId: Uuid, name: z.string(), role: z.enum(['mentor', 'actor']) })),
  solveMs: z.number(),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const WhyNotRequest = SuggestionRequest.extend({ actorId: Uuid, mentorId: Uuid });
export const WhyNotAnswer = z.object({
  status: z.string(),
  /** How many points the total would lose if this actor had this mentor (null when impossible). */
  cost: z.number().nullable(),
  fi: z.string(),
  en: z.string(),
});
export type WhyNotAnswer = z.infer<typeof WhyNotAnswer>;

export const PutWishesBody = z.strictObject({ mentorIds: z.array(Uuid).max(3) });
export const Wishes = z.object({ actorId: Uuid, mentorIds: z.array(Uuid) });
export type Wishes = z.infer<typeof Wishes>;

export const MatchStatus = z.enum(['proposed', 'active', 'paused', 'completed', 'ended']);
export type MatchStatus = z.infer<typeof MatchStatus>;

export const Match = z.object({
  id: Uuid,
  programId: Uuid,
  mentorId: Uuid,
  mentorName: z.string(),
  actorId: Uuid,
  actorName: z.string(),
  status: MatchStatus,
  score: z.number().int().nullable(),
  reasons: z.array(Reason),
  endedReason: z.string().nullable(),
  createdAt: Instant,
  publishedAt: Instant.nullable(),
  endedAt: Instant.nullable(),
});
export type Match = z.infer<typeof Match>;

export const ConfirmMatchesBody = z.strictObject({
  pairs: z.array(PairRef).min(1).max(5000),
  /** true: the pairs start active and both people are told by email; false: they stay proposed. */
  publish: z.boolean().default(false),
});
export type ConfirmMatchesBody = z.infer<typeof ConfirmMatchesBody>;

export const EndReason = z.enum(['goals_reached', 'schedule', 'chemistry', 'left_program', 'other']);

export const UpdateMatchBody = z.strictObject({
  status: MatchStatus.optional(),
  /** Required when ending early. */
  endedReason: z.string().trim().min(1).max(500).optional(),
  /** Re-match: give the actor another mentor (the old match ends). */
  mentorId: Uuid.optional(),
});
export type UpdateMatchBody = z.infer<typeof UpdateMatchBody>;
export const MatchIdParams = z.object({ matchId: Uuid });
