import {
  criterionPoints,
  resolveMustHave,
  resolveWeights,
  weightedScore,
  weightSum,
  weightVector,
} from './criteria.ts';
import { actorProfile, mentorProfile, type Profile, pairFacts } from './pair-facts.ts';
import { reason } from './reasons.ts';
import type {
  ActorInput,
  Criterion,
  CriterionPart,
  MentorInput,
  PairScore,
  ScoringSettings,
} from './types.ts';
import { CRITERIA } from './types.ts';

/**
 * Scores one actor–mentor pair with its per-criterion breakdown and reasons (strongest first).
 * Exclusions and locks live on the whole input, so this only reports conflicts and unmet must-haves.
 */
export function scorePair(actor: ActorInput, mentor: MentorInput, settings: ScoringSettings = {}): PairScore {
  return createPairScorer(settings)(actor, mentor);
}

/** scorePair for many pairs: weights resolved and each person's tags normalised only once. */
export function createPairScorer(
  settings: ScoringSettings = {},
): (actor: ActorInput, mentor: MentorInput) => PairScore {
  const describe = createPairDescriber(settings);
  return (actor, mentor) => {
    const { score, breakdown, reasons } = describe(actor, mentor);
    return {
      actorId: actor.id,
      mentorId: mentor.id,
      score,
      breakdown,
      reasons,
      conflict: (mentor.conflicts ?? []).includes(actor.id),
      unmetMustHave: breakdown.filter((part) => !part.met).map((part) => part.criterion),
    };
  };
}

export type PairDescription = Pick<PairScore, 'score' | 'breakdown' | 'reasons'>;

/** Score, breakdown and reasons of pairs; what a solve attaches to every chosen pair. */
export function createPairDescriber(
  settings: ScoringSettings = {},
): (actor: ActorInput, mentor: MentorInput) => PairDescription {
  const weights = resolveWeights(settings.weights);
  const mustHave = resolveMustHave(settings.mustHave);
  const total = weightSum(weights);
  const vector = weightVector(weights);
  const actors = new Map<ActorInput, Profile>();
  const mentors = new Map<MentorInput, Profile>();
  // Criterion parts take a handful of values each: share one frozen object per value.
  const parts = new Map<Criterion, Map<number, CriterionPart>>(CRITERIA.map((c) => [c, new Map()]));
  const part = (criterion: Criterion, value: number): CriterionPart => {
    const byValue = parts.get(criterion) as Map<number, CriterionPart>;
    let found = byValue.get(value);
    if (found === undefined) {
      found = Object.freeze({
        criterion,
        value,
        weight: weights[criterion],
        points: criterionPoints(value, weights[criterion], total),
        mustHave: mustHave[criterion],
        met: !(mustHave[criterion] && value === 0),
      });
      byValue.set(value, found);
    }
    return found;
  };
  return (actor, mentor) => {
    let a = actors.get(actor);
    if (a === undefined) {
      a = actorProfile(actor);
      actors.set(actor, a);
    }
    let b = mentors.get(mentor);
    if (b === undefined) {
      b = mentorProfile(mentor);
      mentors.set(mentor, b);
    }
    const { values, reasons } = pairFacts(actor, mentor, a, b, reason);
    const breakdown = CRITERIA.map((criterion) => part(criterion, values[criterion]));
    // Strongest reasons first; reasons and breakdown share CRITERIA order, which an insertion
    // sort (stable, no allocation) keeps among equals.
    for (let k = 1; k < reasons.length; k++) {
      const moving = reasons[k] as (typeof reasons)[number];
      const points = (breakdown[k] as CriterionPart).points;
      let at = k;
      while (
        at > 0 &&
        (breakdown[CRITERIA.indexOf((reasons[at - 1] as typeof moving).criterion)] as CriterionPart).points <
          points
      ) {
        reasons[at] = reasons[at - 1] as typeof moving;
        at--;
      }
      reasons[at] = moving;
    }
    const score = weightedScore(
      values.sector,
      values.needs,
      values.language,
      values.location,
      values.wish,
      vector,
      total,
    );
    return { score, breakdown, reasons };
  };
}
