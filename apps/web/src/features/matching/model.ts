import type { Criterion, PairRef, Suggestion, WhyNotAnswer } from '@mentoring/contracts';

export const CRITERIA: readonly Criterion[] = ['sector', 'needs', 'language', 'location', 'wish'];
export const MAX_WISHES = 3;

type Person = Suggestion['people'][number];

/** user id → name, for the people in a suggestion. */
export function namesOf(people: readonly Person[]): Map<string, string> {
  return new Map(people.map((person) => [person.userId, person.name]));
}

export function samePair(a: PairRef, b: PairRef): boolean {
  return a.actorId === b.actorId && a.mentorId === b.mentorId;
}

/** Locks the pair (an actor has at most one lock), or releases it when it is locked already. */
export function toggleLock(locks: readonly PairRef[], pair: PairRef): PairRef[] {
  if (locks.some((lock) => samePair(lock, pair))) return locks.filter((lock) => !samePair(lock, pair));
  return [
    ...locks.filter((lock) => lock.actorId !== pair.actorId),
    { actorId: pair.actorId, mentorId: pair.mentorId },
  ];
}

/** Forbids the pair, or allows it again; a forbidden pair cannot stay locked. */
export function toggleExclusion(
  exclusions: readonly PairRef[],
  locks: readonly PairRef[],
  pair: PairRef,
): { exclusions: PairRef[]; locks: PairRef[] } {
  if (exclusions.some((exclusion) => samePair(exclusion, pair))) {
    return { exclusions: exclusions.filter((exclusion) => !samePair(exclusion, pair)), locks: [...locks] };
  }
  return {
    exclusions: [...exclusions, { actorId: pair.actorId, mentorId: pair.mentorId }],
    locks: locks.filter((lock) => !samePair(lock, pair)),
  };
}

export interface Move {
  actorId: string;
  /** Mentor before; null when the actor was not placed. */
  from: string | null;
  to: string | null;
}

export interface Comparison {
  totalBefore: number;
  totalAfter: number;
  worstBefore: number | null;
  worstAfter: number | null;
  placedBefore: number;
  placedAfter: number;
  moves: Move[];
}

function mentorOf(suggestion: Suggestion): Map<string, string> {
  return new Map(suggestion.pairs.map((pair) => [pair.actorId, pair.mentorId]));
}

/** What changed from one suggestion to the next: the headline numbers and every actor who moved. */
export function compareSuggestions(before: Suggestion, after: Suggestion): Comparison {
  const was = mentorOf(before);
  const is = mentorOf(after);
  const actors = new Set([...before.heatmap.actorIds, ...after.heatmap.actorIds]);
  const moves: Move[] = [];
  for (const actorId of actors) {
    const from = was.get(actorId) ?? null;
    const to = is.get(actorId) ?? null;
    if (from !== to) moves.push({ actorId, from, to });
  }
  return {
    totalBefore: before.totalScore,
    totalAfter: after.totalScore,
    worstBefore: before.worstPairScore,
    worstAfter: after.worstPairScore,
    placedBefore: before.placedCount,
    placedAfter: after.placedCount,
    moves,
  };
}

/** The largest points a criterion can give with these weights: its share of the 100-point score. */
export function criterionMaxPoints(weight: number, weightSum: number): number {
  return weightSum > 0 ? (weight / weightSum) * 100 : 0;
}

/**
 * The server's why-not text names mentors by id; people read names. Replaces every known id in
 * the text with the person's name.
 */
export function withNames(text: string, names: ReadonlyMap<string, string>): string {
  return text.replace(
    /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi,
    (id) => names.get(id) ?? id,
  );
}

export function whyNotText(
  answer: WhyNotAnswer,
  language: string,
  names: ReadonlyMap<string, string>,
): string {
  return withNames(language === 'en' ? answer.en : answer.fi, names);
}

/**
 * A mentor's slot value is a bound on what one more place could add. Above one pair's maximum
 * (100 points) it also counts a placement: one more place would seat an actor now left without.
 */
export type SlotValue =
  | { kind: 'none' }
  | { kind: 'zero' }
  | { kind: 'points'; points: number }
  | { kind: 'placement' };

export function slotValue(bound: number | null): SlotValue {
  if (bound === null) return { kind: 'none' };
  if (bound <= 0.05) return { kind: 'zero' };
  if (bound > 100) return { kind: 'placement' };
  return { kind: 'points', points: bound };
}

// ---- Heatmap colours ----------------------------------------------------------------------------

type Rgb = readonly [number, number, number];
const LOW: Rgb = [241, 247, 249];
const HIGH: Rgb = [16, 66, 84];

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function luminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const BLACK: Rgb = [0, 0, 0];
const WHITE: Rgb = [255, 255, 255];

/**
 * A cell's background for a score between the matrix's lowest and highest (light = weak, dark =
 * strong), with black or white text, whichever contrasts more (always at least 4.5:1).
 */
export function cellColours(score: number, low: number, high: number): { background: string; color: string } {
  const t = high > low ? Math.min(1, Math.max(0, (score - low) / (high - low))) : 0.5;
  const rgb = LOW.map((from, i) => Math.round(from + ((HIGH[i] as number) - from) * t)) as unknown as Rgb;
  const text = contrast(rgb, BLACK) >= contrast(rgb, WHITE) ? '#000000' : '#ffffff';
  return { background: `rgb(${rgb[0]} ${rgb[1]} ${rgb[2]})`, color: text };
}

export function scoreRange(scores: readonly (readonly (number | null)[])[]): { low: number; high: number } {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const row of scores) {
    for (const score of row) {
      if (score === null) continue;
      low = Math.min(low, score);
      high = Math.max(high, score);
    }
  }
  return Number.isFinite(low) ? { low, high } : { low: 0, high: 100 };
}
