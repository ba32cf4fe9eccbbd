import { blockingPairsOf } from './blocking-pairs.ts';
import { solveFair } from './objectives/fair.ts';
import { solveMaxTotal } from './objectives/max-total.ts';
import type { Outcome } from './objectives/outcome.ts';
import { solveStable } from './objectives/stable.ts';
import { type Prepared, prepare } from './prepare.ts';
import { createPairDescriber } from './score-pair.ts';
import type { MatchedPair, MatchingInput, MentorLoad, SolveResult, UnplacedActor } from './types.ts';
import { unplacedReason } from './unplaced.ts';

/**
 * Matches actors to mentors. Throws MatchingInputError for invalid input (unknown ids, locks on
 * forbidden pairs or beyond capacity, ...). Same input, in any order, gives the same output.
 */
export function solve(input: MatchingInput): SolveResult {
  const prepared = prepare(input);
  return toResult(prepared, runObjective(prepared));
}

export function runObjective(prepared: Prepared): Outcome {
  switch (prepared.objective) {
    case 'fair':
      return solveFair(prepared);
    case 'stable': {
      const outcome = solveStable(prepared);
      const blocking = blockingPairsOf(prepared, outcome.mentorOf).length;
      return {
        ...outcome,
        certificate: { ...outcome.certificate, blockingPairs: blocking },
        optimal: blocking === 0,
      };
    }
    default:
      return solveMaxTotal(prepared);
  }
}

export function toResult(prepared: Prepared, outcome: Outcome): SolveResult {
  const { actors, mentors, lockedMentor, lockedLoad, capacity } = prepared;
  const describe = createPairDescriber({ weights: prepared.weights, mustHave: prepared.mustHave });
  const pairs: MatchedPair[] = [];
  const unplaced: UnplacedActor[] = [];
  const load = new Int32Array(mentors.length);
  actors.forEach((actor, i) => {
    const j = outcome.mentorOf[i] as number;
    const mentor = mentors[j];
    if (mentor === undefined) {
      unplaced.push({ actorId: actor.id, reason: unplacedReason(prepared, i) });
      return;
    }
    load[j] = (load[j] as number) + 1;
    const { score, breakdown, reasons } = describe(actor, mentor);
    pairs.push({
      actorId: actor.id,
      mentorId: mentor.id,
      score,
      breakdown,
      reasons,
      locked: lockedMentor[i] === j,
    });
  });
  const colPotential = outcome.duals?.solution.colPotential;
  const mentorLoad: MentorLoad[] = mentors.map((mentor, j) => ({
    mentorId: mentor.id,
    capacity: capacity[j] as number,
    load: load[j] as number,
    lockedLoad: lockedLoad[j] as number,
    slotValueBound: colPotential === undefined ? null : -(colPotential[j] as number) + 0,
  }));
  const totalScore = pairs.reduce((sum, pair) => sum + pair.score, 0);
  return {
    objective: prepared.objective,
    pairs,
    unplaced,
    totalScore,
    worstPairScore: pairs.reduce<number | null>(
      (low, pair) => (low === null || pair.score < low ? pair.score : low),
      null,
    ),
    placedCount: pairs.length,
    optimal: outcome.optimal,
    certificate: outcome.certificate,
    mentorLoad,
  };
}
