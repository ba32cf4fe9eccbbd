import type { HealthState, PairHealth } from '@mentoring/contracts';

export const HEALTH_STATES: readonly HealthState[] = ['on_track', 'needs_check_in', 'at_risk', 'closed'];

export type SortKey =
  | 'mentorName'
  | 'actorName'
  | 'state'
  | 'lastMeetingAt'
  | 'nextMeetingAt'
  | 'sessionsHeld'
  | 'overdueActionItems'
  | 'latestGoalRating';
export interface Sort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

// Worst first when sorting by state ascending: the coordinator's eye goes where help is needed.
const STATE_ORDER: Record<HealthState, number> = { at_risk: 0, needs_check_in: 1, on_track: 2, closed: 3 };

function compare(a: PairHealth, b: PairHealth, key: SortKey, language: string): number {
  switch (key) {
    case 'mentorName':
    case 'actorName':
      return a[key].localeCompare(b[key], language);
    case 'state':
      return STATE_ORDER[a.state] - STATE_ORDER[b.state];
    case 'sessionsHeld':
      return a.sessionsHeld - a.sessionsExpected - (b.sessionsHeld - b.sessionsExpected);
    case 'overdueActionItems':
      return a.overdueActionItems - b.overdueActionItems || a.openActionItems - b.openActionItems;
    default: {
      // Missing dates and ratings sort last in either direction.
      const x = a[key];
      const y = b[key];
      if (x === null || y === null) return 0;
      return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    }
  }
}

/** Pairs in the chosen state (or all), sorted by one column; the actor's name breaks ties. */
export function visiblePairs(
  pairs: readonly PairHealth[],
  filter: HealthState | 'all',
  sort: Sort,
  language: string,
): PairHealth[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const missing = (pair: PairHealth) =>
    (sort.key === 'lastMeetingAt' || sort.key === 'nextMeetingAt' || sort.key === 'latestGoalRating') &&
    pair[sort.key] === null;
  return pairs
    .filter((pair) => filter === 'all' || pair.state === filter)
    .sort(
      (a, b) =>
        Number(missing(a)) - Number(missing(b)) ||
        sign * compare(a, b, sort.key, language) ||
        a.actorName.localeCompare(b.actorName, language),
    );
}
