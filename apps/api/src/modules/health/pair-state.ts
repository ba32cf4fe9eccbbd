import type { HealthState, PairHealth } from '@mentoring/contracts';

export interface PairFacts {
  status: string;
  publishedAt: Date | null;
  lastMeetingAt: Date | null;
  sessionsHeld: number;
  sessionsExpected: number;
}

export interface Thresholds {
  quietDays: number;
  atRiskDays: number;
  firstMeetingDays: number;
}

const DAY = 86_400_000;

/**
 * The health of one pair. At risk: no meeting for `atRiskDays`, or no first meeting within
 * `firstMeetingDays` of matching. Needs a check-in: no meeting for `quietDays`, or more than one
 * meeting behind the program's target pro-rated to today. Closed pairs are closed.
 */
export function pairState(
  facts: PairFacts,
  t: Thresholds,
  now: Date,
): { state: HealthState; reasons: PairHealth['reasons'] } {
  if (facts.status === 'completed' || facts.status === 'ended')
    return { state: 'closed', reasons: ['closed'] };
  const since = (date: Date) => (now.getTime() - date.getTime()) / DAY;
  if (!facts.lastMeetingAt) {
    if (facts.publishedAt && since(facts.publishedAt) > t.firstMeetingDays)
      return { state: 'at_risk', reasons: ['no_first_meeting'] };
  } else if (since(facts.lastMeetingAt) > t.atRiskDays) {
    return { state: 'at_risk', reasons: ['long_silence'] };
  }
  const reasons: PairHealth['reasons'] = [];
  if (facts.lastMeetingAt && since(facts.lastMeetingAt) > t.quietDays) reasons.push('no_meeting_recently');
  if (facts.sessionsHeld < facts.sessionsExpected - 1) reasons.push('behind_target');
  return reasons.length > 0 ? { state: 'needs_check_in', reasons } : { state: 'on_track', reasons };
}
