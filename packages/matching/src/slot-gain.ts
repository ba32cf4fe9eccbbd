import { MatchingInputError } from './errors.ts';
import { delta, type ResolveDelta, summarize } from './explain.ts';
import { prepare } from './prepare.ts';
import { runObjective } from './solve.ts';
import type { MatchingInput } from './types.ts';

export interface SlotGain {
  mentorId: string;
  capacity: number;
  /**
   * Dual value of the mentor's capacity (upper bound on what one more slot adds to
   * placementWeight * placed + total score); null in stable mode.
   */
  dualBound: number | null;
  placementWeight: number | null;
  /** The same objective solved with one more slot; losses are negative gains. */
  exact: ResolveDelta;
  placedGain: number;
  scoreGain: number;
  fi: string;
  en: string;
}

/** What giving the mentor one more slot would change: dual bound plus the exact re-solve. */
export function marginalGainOfSlot(input: MatchingInput, mentorId: string): SlotGain {
  const prepared = prepare(input);
  const j = prepared.mentorIndex.get(mentorId);
  if (j === undefined) {
    throw new MatchingInputError([{ code: 'unknown_id', message: `Unknown mentor ${mentorId}`, mentorId }]);
  }
  const outcome = runObjective(prepared);
  const bigger = prepare({
    ...input,
    mentors: input.mentors.map((mentor) =>
      mentor.id === mentorId ? { ...mentor, capacity: mentor.capacity + 1 } : mentor,
    ),
  });
  const exact = delta(prepared, summarize(prepared, outcome), summarize(bigger, runObjective(bigger)));
  const placedGain = 0 - exact.placedLoss;
  const scoreGain = 0 - exact.scoreLoss;
  const dual = outcome.duals;
  return {
    mentorId,
    capacity: prepared.capacity[j] as number,
    dualBound: dual === null ? null : -(dual.solution.colPotential[j] as number) + 0,
    placementWeight: dual === null ? null : dual.sub.placementWeight,
    exact,
    placedGain,
    scoreGain,
    fi: `Yksi paikka lisää mentorille ${mentorId}: ${placedGain} aktoria lisää sijoitettuna, kokonaispisteet ${signed(scoreGain)}.`,
    en: `One more slot for mentor ${mentorId}: ${placedGain} more actor(s) placed, total score ${signed(scoreGain)}.`,
  };
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : `${value}`;
}
