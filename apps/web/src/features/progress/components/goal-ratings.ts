import type { CheckIn, Goal, Phase } from '@mentoring/contracts';

export interface PhaseRatings {
  key: string;
  phase: Pick<Phase, 'name' | 'kind'> | null;
  actor: CheckIn | null;
  mentor: CheckIn | null;
}

/**
 * One row per program phase (in program order), with the actor's and the mentor's rating beside
 * each other; ratings given without a phase come last. The API keeps one rating per person and phase.
 */
export function ratingsByPhase(goal: Pick<Goal, 'checkIns'>, phases: readonly Phase[]): PhaseRatings[] {
  const pick = (phaseId: string | null, by: CheckIn['ratedBy']) =>
    goal.checkIns.filter((c) => c.phaseId === phaseId && c.ratedBy === by).at(-1) ?? null;
  const rows: PhaseRatings[] = phases.map((phase) => ({
    key: phase.id,
    phase,
    actor: pick(phase.id, 'actor'),
    mentor: pick(phase.id, 'mentor'),
  }));
  if (goal.checkIns.some((c) => c.phaseId === null))
    rows.push({ key: 'none', phase: null, actor: pick(null, 'actor'), mentor: pick(null, 'mentor') });
  return rows;
}

/** The newest rating of a goal (the actor's preferred), for summaries. */
export function latestRating(goal: Pick<Goal, 'checkIns'>): CheckIn | null {
  const byTime = [...goal.checkIns].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return byTime.filter((c) => c.ratedBy === 'actor').at(-1) ?? byTime.at(-1) ?? null;
}
