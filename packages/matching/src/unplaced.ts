import { ALLOWED, MUST_HAVE_UNMET } from './pair-table.ts';
import type { Prepared } from './prepare.ts';
import type { UnplacedReason } from './types.ts';

/**
 * Why an actor got no mentor. `all_forbidden`: conflicts and exclusions rule out every mentor;
 * `must_have_unmet`: the mentors left all fail a must-have; `no_capacity`: some pair was allowed,
 * but (given everyone else) no slot was left for this actor.
 */
export function unplacedReason(prepared: Prepared, actor: number): UnplacedReason {
  const { status } = prepared.table;
  const m = prepared.mentors.length;
  let allowed = 0;
  let mustHave = 0;
  for (let j = 0; j < m; j++) {
    const s = status[actor * m + j];
    if (s === ALLOWED) allowed++;
    else if (s === MUST_HAVE_UNMET) mustHave++;
  }
  if (m === 0 || allowed > 0) return 'no_capacity';
  return mustHave > 0 ? 'must_have_unmet' : 'all_forbidden';
}
