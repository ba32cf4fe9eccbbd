/** Why an input was rejected; stable strings so the API can map them to problem+json. */
export type MatchingInputErrorCode =
  | 'duplicate_id'
  | 'unknown_id'
  | 'invalid_capacity'
  | 'invalid_weight'
  | 'invalid_meeting_mode'
  | 'invalid_objective'
  | 'duplicate_lock'
  | 'lock_forbidden'
  | 'lock_capacity';

export interface MatchingInputIssue {
  code: MatchingInputErrorCode;
  message: string;
  actorId?: string;
  mentorId?: string;
}

/** Thrown by solve and friends when the input cannot be matched as given. Carries every issue found. */
export class MatchingInputError extends Error {
  readonly code: MatchingInputErrorCode;
  readonly issues: readonly MatchingInputIssue[];

  constructor(issues: readonly MatchingInputIssue[]) {
    const first = issues[0];
    if (first === undefined) throw new TypeError('MatchingInputError needs at least one issue');
    super(issues.length === 1 ? first.message : `${first.message} (and ${issues.length - 1} more)`);
    this.name = 'MatchingInputError';
    this.code = first.code;
    this.issues = issues;
  }
}
