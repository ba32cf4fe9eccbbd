import { MAX_SCORE } from './criteria.ts';
import { MatchingInputError } from './errors.ts';
import type { Outcome } from './objectives/outcome.ts';
import { ALLOWED, CONFLICT, EXCLUDED } from './pair-table.ts';
import { type Prepared, prepare } from './prepare.ts';
import { runObjective } from './solve.ts';
import type { ForbiddenReason, MatchingInput } from './types.ts';

export interface AssignmentChange {
  actorId: string;
  from: string | null;
  to: string | null;
}

/** Exact effect of a change, found by solving again: positive numbers are losses. */
export interface ResolveDelta {
  placedCount: number;
  totalScore: number;
  worstPairScore: number | null;
  placedLoss: number;
  scoreLoss: number;
  /** Drop of the lowest pair score (fair objective's main measure); null when nobody is placed. */
  worstScoreLoss: number | null;
  changes: AssignmentChange[];
}

export interface Summary {
  mentorOf: Int32Array;
  placed: number;
  total: number;
  worst: number | null;
}

export function summarize(prepared: Prepared, outcome: Outcome): Summary {
  const m = prepared.mentors.length;
  let placed = 0;
  let total = 0;
  let worst: number | null = null;
  outcome.mentorOf.forEach((j, i) => {
    if (j < 0) return;
    const score = prepared.table.scores[i * m + j] as number;
    placed++;
    total += score;
    worst = worst === null || score < worst ? score : worst;
  });
  return { mentorOf: outcome.mentorOf, placed, total, worst };
}

/** Compares two solves of inputs with the same people; `after` is measured against `before`. */
export function delta(prepared: Prepared, before: Summary, after: Summary): ResolveDelta {
  const changes: AssignmentChange[] = [];
  const mentorId = (j: number): string | null => prepared.mentors[j]?.id ?? null;
  prepared.actors.forEach((actor, i) => {
    const from = before.mentorOf[i] as number;
    const to = after.mentorOf[i] as number;
    if (from !== to) changes.push({ actorId: actor.id, from: mentorId(from), to: mentorId(to) });
  });
  return {
    placedCount: after.placed,
    totalScore: after.total,
    worstPairScore: after.worst,
    placedLoss: before.placed - after.placed,
    scoreLoss: before.total - after.total,
    worstScoreLoss: before.worst === null || after.worst === null ? null : before.worst - after.worst,
    changes,
  };
}

export type WhyNotStatus = 'chosen' | 'forbidden' | 'actor_locked' | 'no_free_slot' | 'not_chosen';

export interface WhyNotAnswer {
  actorId: string;
  mentorId: string;
  status: WhyNotStatus;
  forbiddenBy: ForbiddenReason | null;
  pairScore: number;
  /**
   * LP reduced cost of the pair in the final score-maximising solve: forcing the pair lowers
   * placementWeight * placed + total score by at least this much. Null when the pair is not part
   * of that solve (stable mode, locked or forbidden pairs, pairs below the fair floor).
   */
  dualBound: number | null;
  placementWeight: number | null;
  /** The same objective solved with the pair locked in; null when the pair cannot be locked. */
  exact: ResolveDelta | null;
  fi: string;
  en: string;
}

/** Why the actor did not get this mentor, and what forcing the pair would cost. */
export function whyNot(input: MatchingInput, actorId: string, mentorId: string): WhyNotAnswer {
  const prepared = prepare(input);
  const i = prepared.actorIndex.get(actorId);
  const j = prepared.mentorIndex.get(mentorId);
  if (i === undefined || j === undefined) {
    throw new MatchingInputError([
      { code: 'unknown_id', message: `Unknown pair ${actorId} – ${mentorId}`, actorId, mentorId },
    ]);
  }
  const m = prepared.mentors.length;
  const outcome = runObjective(prepared);
  const status = prepared.table.status[i * m + j] as number;
  const pairScore = prepared.table.scores[i * m + j] as number;
  const base = {
    actorId,
    mentorId,
    pairScore,
    forbiddenBy: null,
    dualBound: null,
    placementWeight: null,
    exact: null,
  };
  if (outcome.mentorOf[i] === j) {
    return { ...base, status: 'chosen', ...texts('Pari on jo valittu.', 'This pair is already chosen.') };
  }
  if (status !== ALLOWED) {
    const forbiddenBy: ForbiddenReason =
      status === CONFLICT ? 'conflict' : status === EXCLUDED ? 'excluded' : 'must_have_unmet';
    return { ...base, status: 'forbidden', forbiddenBy, ...forbiddenText(forbiddenBy) };
  }
  if ((prepared.lockedMentor[i] as number) >= 0) {
    return {
      ...base,
      status: 'actor_locked',
      ...texts('Aktori on lukittu toiselle mentorille.', 'The actor is locked to another mentor.'),
    };
  }
  if ((prepared.lockedLoad[j] as number) >= (prepared.capacity[j] as number)) {
    return {
      ...base,
      status: 'no_free_slot',
      ...texts('Mentorin kaikki paikat on lukittu.', "All of the mentor's slots are locked."),
    };
  }
  const { dualBound, placementWeight } = reducedCost(outcome, i, j, pairScore);
  const forced = prepare({ ...input, locks: [...(input.locks ?? []), { actorId, mentorId }] });
  const exact = delta(prepared, summarize(prepared, outcome), summarize(forced, runObjective(forced)));
  return { ...base, status: 'not_chosen', dualBound, placementWeight, exact, ...costText(mentorId, exact) };
}

function reducedCost(
  outcome: Outcome,
  actor: number,
  mentor: number,
  score: number,
): { dualBound: number | null; placementWeight: number | null } {
  const duals = outcome.duals;
  if (duals === null) return { dualBound: null, placementWeight: null };
  const { rowActor, problem, placementWeight } = duals.sub;
  const row = rowActor.indexOf(actor);
  const { rowStart, arcCol } = problem;
  let inProblem = false;
  for (let k = row < 0 ? 0 : (rowStart[row] as number); row >= 0 && k < (rowStart[row + 1] as number); k++) {
    if (arcCol[k] === mentor) inProblem = true;
  }
  if (!inProblem) return { dualBound: null, placementWeight };
  const u = duals.solution.rowPotential[row] as number;
  const v = duals.solution.colPotential[mentor] as number;
  return { dualBound: MAX_SCORE - score - u - v, placementWeight };
}

function texts(fi: string, en: string): { fi: string; en: string } {
  return { fi, en };
}

function forbiddenText(reason: ForbiddenReason): { fi: string; en: string } {
  if (reason === 'conflict')
    return texts('Pari on estetty eturistiriidan vuoksi.', 'The pair is forbidden: conflict of interest.');
  if (reason === 'excluded')
    return texts('Koordinaattori on estänyt parin.', 'The coordinator has excluded this pair.');
  return texts('Pari ei täytä pakollista ehtoa.', 'The pair fails a must-have criterion.');
}

function costText(mentorId: string, exact: ResolveDelta): { fi: string; en: string } {
  const fi: string[] = [];
  const en: string[] = [];
  const { placedLoss, scoreLoss, worstScoreLoss } = exact;
  if (placedLoss !== 0) {
    const count = Math.abs(placedLoss);
    fi.push(
      placedLoss > 0
        ? `jättäisi ${count} aktoria enemmän ilman mentoria`
        : `sijoittaisi ${count} aktoria enemmän`,
    );
    en.push(
      placedLoss > 0 ? `leave ${count} more actor(s) without a mentor` : `place ${count} more actor(s)`,
    );
  }
  if (scoreLoss > 0) {
    fi.push(`maksaisi ${scoreLoss} pistettä kokonaispisteistä`);
    en.push(`cost ${scoreLoss} points of the total score`);
  } else if (scoreLoss < 0) {
    fi.push(`nostaisi kokonaispisteitä ${-scoreLoss} pisteellä`);
    en.push(`raise the total score by ${-scoreLoss} points`);
  } else if (placedLoss === 0) {
    fi.push('ei muuttaisi kokonaispisteitä (yhtä hyvä vaihtoehto)');
    en.push('keep the total score unchanged (an equally good alternative)');
  }
  if (worstScoreLoss !== null && worstScoreLoss > 0) {
    fi.push(`laskisi heikoimman parin pisteitä ${worstScoreLoss} pisteellä`);
    en.push(`lower the weakest pair's score by ${worstScoreLoss} points`);
  }
  return {
    fi: `Mentorin ${mentorId} valitseminen tälle aktorille ${joinAnd(fi, 'ja')}.`,
    en: `Choosing mentor ${mentorId} for this actor would ${joinAnd(en, 'and')}.`,
  };
}

function joinAnd(parts: string[], and: string): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1)}`;
}
