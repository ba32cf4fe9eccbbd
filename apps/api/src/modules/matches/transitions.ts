import type { MatchStatus } from '@mentoring/contracts';
import { AppError } from '../../lib/app-error.ts';

/** The pair lifecycle: proposed → active ⇄ paused → completed / ended. Closed pairs stay closed. */
const ALLOWED: Record<MatchStatus, MatchStatus[]> = {
  proposed: ['active', 'ended'],
  active: ['paused', 'completed', 'ended'],
  paused: ['active', 'completed', 'ended'],
  completed: [],
  ended: [],
};

export function checkTransition(from: MatchStatus, to: MatchStatus, endedReason: string | undefined): void {
  if (!ALLOWED[from].includes(to)) {
    throw new AppError(409, 'invalid_transition', `A ${from} pair cannot become ${to}.`);
  }
  if (to === 'ended' && from !== 'proposed' && !endedReason) {
    throw new AppError(400, 'validation_failed', 'Say why the pair ends early.', {
      fieldErrors: [{ path: 'body.endedReason', message: 'Required when ending early' }],
    });
  }
}
