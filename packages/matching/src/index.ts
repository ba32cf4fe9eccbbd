// Low-level building blocks (exact assignment, certificate, max cardinality) for other callers.
export { type ArcLists, ArcListsBuilder, buildArcLists } from './assignment/arc-lists.ts';
export { certifiesOptimal, checkDualCertificate } from './assignment/dual-certificate.ts';
export { type CardinalityResult, coverValue, maxCardinality } from './assignment/max-cardinality.ts';
export {
  type AssignmentProblem,
  type AssignmentSolution,
  solveAssignment,
} from './assignment/min-cost-assignment.ts';
export { blockingPairs } from './blocking-pairs.ts';
export { DEFAULT_WEIGHTS, LOCATION_VALUE, MAX_SCORE, normalizeTag, wishValue } from './criteria.ts';
export { MatchingInputError, type MatchingInputErrorCode, type MatchingInputIssue } from './errors.ts';
export {
  type AssignmentChange,
  type ResolveDelta,
  type WhyNotAnswer,
  type WhyNotStatus,
  whyNot,
} from './explain.ts';
export { labelReasons, type TagLabels } from './reason-labels.ts';
export { REASON_CODES } from './reasons.ts';
export { type ScoreMatrix, scoreMatrix } from './score-matrix.ts';
export { createPairScorer, scorePair } from './score-pair.ts';
export { marginalGainOfSlot, type SlotGain } from './slot-gain.ts';
export { solve } from './solve.ts';
export * from './types.ts';
export { validateInput } from './validate.ts';
