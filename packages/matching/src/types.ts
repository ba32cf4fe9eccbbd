/** Public data shapes of the matching engine: plain data in, plain data out. */

export type Criterion = 'sector' | 'needs' | 'language' | 'location' | 'wish';

/** Fixed order used everywhere (breakdowns, reasons), so output never depends on object key order. */
export const CRITERIA: readonly Criterion[] = ['sector', 'needs', 'language', 'location', 'wish'];

export type MeetingMode = 'in_person' | 'remote';

export interface ActorInput {
  id: string;
  /** One or more sectors; `sector` is accepted as a shorthand for a single one. */
  sectors?: readonly string[];
  sector?: string;
  needs: readonly string[];
  languages: readonly string[];
  municipality: string;
  region?: string;
  /** Empty means "no preference": both modes are fine. */
  meetingModes: readonly MeetingMode[];
  /** Mentor ids, most wished first. Unknown ids are ignored. */
  wishes: readonly string[];
}

export interface MentorInput {
  id: string;
  sectors: readonly string[];
  expertise: readonly string[];
  languages: readonly string[];
  municipality: string;
  region?: string;
  meetingModes: readonly MeetingMode[];
  /** How many actors this mentor can take (non-negative integer). */
  capacity: number;
  /** Actor ids this mentor must not be paired with (conflict of interest). */
  conflicts?: readonly string[];
}

/** Weight of each criterion, 0..10. */
export type Weights = Record<Criterion, number>;

export type Objective = 'maxTotal' | 'fair' | 'stable';

export interface PairRef {
  actorId: string;
  mentorId: string;
}

export interface MatchingInput {
  actors: readonly ActorInput[];
  mentors: readonly MentorInput[];
  /** Missing criteria fall back to DEFAULT_WEIGHTS. */
  weights?: Partial<Weights>;
  /** A must-have criterion forbids every pair whose value for it is 0. */
  mustHave?: Partial<Record<Criterion, boolean>>;
  /** Pairs fixed by the coordinator before anything is optimised. */
  locks?: readonly PairRef[];
  /** Pairs the coordinator has forbidden. */
  exclusions?: readonly PairRef[];
  objective?: Objective;
}

export interface ScoringSettings {
  weights?: Partial<Weights>;
  mustHave?: Partial<Record<Criterion, boolean>>;
}

export type ReasonCode =
  | 'sector_match'
  | 'sector_mismatch'
  | 'sector_unknown'
  | 'needs_all'
  | 'needs_some'
  | 'needs_uncovered'
  | 'needs_unknown'
  | 'language_shared'
  | 'language_none'
  | 'location_in_person'
  | 'location_remote'
  | 'location_travel'
  | 'location_incompatible'
  | 'wish_rank'
  | 'wish_none';

export type ReasonParams = Record<string, string | number | readonly string[]>;

/** A machine-readable reason (code + params, for UIs to translate) with ready Finnish and English text. */
export interface Reason {
  criterion: Criterion;
  code: ReasonCode;
  params: ReasonParams;
  fi: string;
  en: string;
}

export interface CriterionPart {
  criterion: Criterion;
  /** How well the pair meets the criterion, 0..1. */
  value: number;
  /** The program's weight for the criterion, 0..10. */
  weight: number;
  /** Share of the 0..100 score, value * weight / sum of weights * 100, rounded to one decimal. */
  points: number;
  mustHave: boolean;
  /** False only when the criterion is must-have and its value is 0. */
  met: boolean;
}

export interface PairScore {
  actorId: string;
  mentorId: string;
  /** Integer 0..100: round(100 * sum(weight * value) / sum(weight)); 0 when every weight is 0. */
  score: number;
  breakdown: CriterionPart[];
  reasons: Reason[];
  /** The mentor lists the actor as a conflict of interest. */
  conflict: boolean;
  unmetMustHave: Criterion[];
}

export type ForbiddenReason = 'conflict' | 'excluded' | 'must_have_unmet';

export type UnplacedReason = 'no_capacity' | 'all_forbidden' | 'must_have_unmet';

export interface MatchedPair {
  actorId: string;
  mentorId: string;
  score: number;
  breakdown: CriterionPart[];
  reasons: Reason[];
  locked: boolean;
}

export interface UnplacedActor {
  actorId: string;
  reason: UnplacedReason;
}

export interface MentorLoad {
  mentorId: string;
  capacity: number;
  load: number;
  lockedLoad: number;
  /**
   * Dual value of the mentor's capacity in the final score-maximising solve (null in stable
   * mode): one more slot can raise placementWeight * placed + total score by at most this much.
   */
  slotValueBound: number | null;
}

/**
 * Proof of optimality for the score-maximising objectives, checked independently of the solver:
 * with actor duals a >= 0 and mentor duals b >= 0 such that a_i + b_j >= W_ij for every allowed pair
 * (no negative reduced cost), any assignment is worth at most sum(a) + sum(capacity * b) (weak
 * duality). The chosen assignment reaching that bound (zero gap) is therefore optimal.
 * W_ij = placementWeight + score_ij; placementWeight exceeds any possible score total, so the
 * combined objective ranks placed count first and total score second.
 */
export interface DualCertificate {
  placementWeight: number;
  primalObjective: number;
  dualObjective: number;
  gap: number;
  /** Smallest a_i + b_j - W_ij over allowed pairs (must be >= 0); 0 when there are none. */
  minReducedCost: number;
  arcsChecked: number;
  /** Count of failed conditions (negative dual, negative reduced cost, infeasible primal). */
  violations: number;
}

/**
 * Fair objective: no assignment with the same placed count has every pair scoring above the floor.
 * Proven by a vertex cover (König) of the pairs scoring floor + 1 or more whose value is below the
 * placed count, or by a locked pair scoring exactly the floor.
 */
export interface FloorCertificate {
  floor: number;
  /** Actors placed besides the locked ones, which every assignment at the floor must match. */
  placedCount: number;
  provenBy: 'cover' | 'locked_pair' | 'none_placed';
  coverValue: number | null;
  verified: boolean;
}

export interface Certificate {
  /** Present for maxTotal and fair (the final solve at the fair floor). */
  dual: DualCertificate | null;
  floor: FloorCertificate | null;
  /** Present for stable: number of blocking pairs (zero means stable). */
  blockingPairs: number | null;
}

export interface SolveResult {
  objective: Objective;
  pairs: MatchedPair[];
  unplaced: UnplacedActor[];
  totalScore: number;
  /** Lowest pair score, null when nobody is placed. */
  worstPairScore: number | null;
  placedCount: number;
  /** True when the certificate checks out (dual: zero gap and no violation; stable: no blocking pair). */
  optimal: boolean;
  certificate: Certificate;
  mentorLoad: MentorLoad[];
}
