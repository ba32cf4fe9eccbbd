import type { Criterion, MeetingMode, Weights } from './types.ts';

/** Scores run 0..MAX_SCORE; arc costs are MAX_SCORE - score, small integers. */
export const MAX_SCORE = 100;

/** Used for any criterion a program leaves out; needs weigh most because they are why actors join. */
export const DEFAULT_WEIGHTS: Weights = { sector: 3, needs: 5, language: 4, location: 2, wish: 3 };

/** Already normal: lower case, single inner spaces, nothing that NFC could change. */
const NORMAL_TAG = /^[a-z0-9äöåü_.-]+(?: [a-z0-9äöåü_.-]+)*$/;

/** Tags from forms differ in case and spacing ("Teatteri ", "teatteri"); compare them normalised. */
export function normalizeTag(tag: string): string {
  if (NORMAL_TAG.test(tag)) return tag; // the common case, without allocating
  return tag.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export const MODE_IN_PERSON = 1;
export const MODE_REMOTE = 2;

/** Meeting modes as bits; an empty list means "either is fine". */
export function modeBits(modes: readonly MeetingMode[]): number {
  let bits = 0;
  for (const mode of modes) bits |= mode === 'in_person' ? MODE_IN_PERSON : MODE_REMOTE;
  return bits === 0 ? MODE_IN_PERSON | MODE_REMOTE : bits;
}

export type LocationClass = 'in_person' | 'remote' | 'travel' | 'incompatible';

/**
 * Meeting in person nearby is best; remote works when both accept it; meeting in person far apart
 * is possible but costly; with no common mode (say in-person only vs remote only) the pair cannot meet.
 */
export const LOCATION_VALUE: Record<LocationClass, number> = {
  in_person: 1,
  remote: 0.5,
  travel: 0.25,
  incompatible: 0,
};

export function locationClass(actorModes: number, mentorModes: number, sameArea: boolean): LocationClass {
  const common = actorModes & mentorModes;
  if (common & MODE_IN_PERSON && sameArea) return 'in_person';
  if (common & MODE_REMOTE) return 'remote';
  if (common & MODE_IN_PERSON) return 'travel';
  return 'incompatible';
}

/** 1st wish = 1, 2nd = 2/3, 3rd = 1/3; later ranks and no wish = 0. `rank` is 1-based, 0 = none. */
export function wishValue(rank: number): number {
  return rank >= 1 && rank <= 3 ? (4 - rank) / 3 : 0;
}

export function weightSum(weights: Weights): number {
  return weights.sector + weights.needs + weights.language + weights.location + weights.wish;
}

/** Weights as a Float64Array in CRITERIA order: the fast form the score formula reads. */
export function weightVector(weights: Weights): Float64Array {
  return Float64Array.of(weights.sector, weights.needs, weights.language, weights.location, weights.wish);
}

/**
 * The one formula for a pair's score, shared by scorePair and the fast matrix builder so both
 * give bit-identical results. Integer scores keep the assignment's arithmetic exact; the tiny
 * epsilon makes exact halves (computed as x.49999...) round up.
 */
export function weightedScore(
  sector: number,
  needs: number,
  language: number,
  location: number,
  wish: number,
  weights: Float64Array,
  total: number,
): number {
  if (total <= 0) return 0;
  const sum =
    (weights[0] as number) * sector +
    (weights[1] as number) * needs +
    (weights[2] as number) * language +
    (weights[3] as number) * location +
    (weights[4] as number) * wish;
  return Math.round((100 * sum) / total + 1e-9);
}

export function criterionPoints(value: number, weight: number, total: number): number {
  return total <= 0 ? 0 : Math.round((1000 * value * weight) / total) / 10;
}

export function resolveWeights(partial: Partial<Weights> | undefined): Weights {
  return { ...DEFAULT_WEIGHTS, ...stripUndefined(partial) };
}

export function resolveMustHave(
  partial: Partial<Record<Criterion, boolean>> | undefined,
): Record<Criterion, boolean> {
  return {
    sector: partial?.sector === true,
    needs: partial?.needs === true,
    language: partial?.language === true,
    location: partial?.location === true,
    wish: partial?.wish === true,
  };
}

function stripUndefined(partial: Partial<Weights> | undefined): Partial<Weights> {
  const out: Partial<Weights> = {};
  if (!partial) return out;
  for (const key of ['sector', 'needs', 'language', 'location', 'wish'] as const) {
    const value = partial[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}
