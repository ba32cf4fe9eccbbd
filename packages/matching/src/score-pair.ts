import {
  criterionPoints,
  LOCATION_VALUE,
  locationClass,
  modeBits,
  normalizeTag,
  resolveMustHave,
  resolveWeights,
  weightedScore,
  weightSum,
  wishValue,
} from './criteria.ts';
import { reason } from './reasons.ts';
import type {
  ActorInput,
  Criterion,
  CriterionPart,
  MentorInput,
  PairScore,
  Reason,
  ScoringSettings,
} from './types.ts';
import { CRITERIA } from './types.ts';

/** Normalised tag -> first spelling seen, sorted by the normalised form so output is order-free. */
function tagMap(tags: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const tag of tags) {
    const key = normalizeTag(tag);
    if (key !== '' && !map.has(key)) map.set(key, tag.trim());
  }
  return new Map([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function actorSectors(actor: ActorInput): readonly string[] {
  return actor.sectors ?? (actor.sector === undefined ? [] : [actor.sector]);
}

/** Same municipality, or same region when both give one. */
export function sameArea(a: { municipality: string; region?: string }, b: typeof a): boolean {
  const am = normalizeTag(a.municipality);
  if (am !== '' && am === normalizeTag(b.municipality)) return true;
  const ar = normalizeTag(a.region ?? '');
  return ar !== '' && ar === normalizeTag(b.region ?? '');
}

/** 1-based position of the mentor in the actor's wishes, 0 when not wished. */
export function wishRank(actor: ActorInput, mentorId: string): number {
  return actor.wishes.indexOf(mentorId) + 1;
}

interface Facts {
  values: Record<Criterion, number>;
  reasons: Reason[];
}

function sectorFacts(actor: ActorInput, mentor: MentorInput): [number, Reason] {
  const mine = tagMap(actorSectors(actor));
  const theirs = tagMap(mentor.sectors);
  if (mine.size === 0) return [0, reason('sector', 'sector_unknown')];
  const shared = [...mine].filter(([key]) => theirs.has(key)).map(([, label]) => label);
  if (shared.length > 0) return [1, reason('sector', 'sector_match', { sectors: shared })];
  return [
    0,
    reason('sector', 'sector_mismatch', {
      actorSectors: [...mine.values()],
      mentorSectors: [...theirs.values()],
    }),
  ];
}

function needsFacts(actor: ActorInput, mentor: MentorInput): [number, Reason] {
  const needs = tagMap(actor.needs);
  const expertise = tagMap(mentor.expertise);
  if (needs.size === 0) return [0, reason('needs', 'needs_unknown')];
  const covered: string[] = [];
  const missing: string[] = [];
  for (const [key, label] of needs) (expertise.has(key) ? covered : missing).push(label);
  const value = covered.length / needs.size;
  if (missing.length === 0) return [value, reason('needs', 'needs_all', { covered })];
  if (covered.length === 0) return [value, reason('needs', 'needs_uncovered', { missing })];
  return [
    value,
    reason('needs', 'needs_some', { covered, missing, coveredCount: covered.length, total: needs.size }),
  ];
}

function languageFacts(actor: ActorInput, mentor: MentorInput): [number, Reason] {
  const theirs = tagMap(mentor.languages);
  const shared = [...tagMap(actor.languages)].filter(([key]) => theirs.has(key)).map(([, label]) => label);
  if (shared.length === 0) return [0, reason('language', 'language_none')];
  return [1, reason('language', 'language_shared', { languages: shared })];
}

function locationFacts(actor: ActorInput, mentor: MentorInput): [number, Reason] {
  const near = sameArea(actor, mentor);
  const kind = locationClass(modeBits(actor.meetingModes), modeBits(mentor.meetingModes), near);
  const value = LOCATION_VALUE[kind];
  if (kind === 'in_person') {
    const sameTown = normalizeTag(actor.municipality) === normalizeTag(mentor.municipality);
    const place = sameTown ? actor.municipality.trim() : (actor.region ?? '').trim();
    return [value, reason('location', 'location_in_person', { place })];
  }
  if (kind === 'travel') {
    const params = { actorPlace: actor.municipality.trim(), mentorPlace: mentor.municipality.trim() };
    return [value, reason('location', 'location_travel', params)];
  }
  return [value, reason('location', kind === 'remote' ? 'location_remote' : 'location_incompatible')];
}

function wishFacts(actor: ActorInput, mentor: MentorInput): [number, Reason] {
  const rank = wishRank(actor, mentor.id);
  if (rank === 0) return [0, reason('wish', 'wish_none')];
  return [wishValue(rank), reason('wish', 'wish_rank', { rank })];
}

function facts(actor: ActorInput, mentor: MentorInput): Facts {
  const parts = {
    sector: sectorFacts(actor, mentor),
    needs: needsFacts(actor, mentor),
    language: languageFacts(actor, mentor),
    location: locationFacts(actor, mentor),
    wish: wishFacts(actor, mentor),
  };
  return {
    values: {
      sector: parts.sector[0],
      needs: parts.needs[0],
      language: parts.language[0],
      location: parts.location[0],
      wish: parts.wish[0],
    },
    reasons: CRITERIA.map((criterion) => parts[criterion][1]),
  };
}

/**
 * Scores one actor–mentor pair with its per-criterion breakdown and reasons (strongest first).
 * Exclusions and locks live on the whole input, so this only reports conflicts and unmet must-haves.
 */
export function scorePair(actor: ActorInput, mentor: MentorInput, settings: ScoringSettings = {}): PairScore {
  const weights = resolveWeights(settings.weights);
  const mustHave = resolveMustHave(settings.mustHave);
  const total = weightSum(weights);
  const { values, reasons } = facts(actor, mentor);
  const breakdown: CriterionPart[] = CRITERIA.map((criterion) => ({
    criterion,
    value: values[criterion],
    weight: weights[criterion],
    points: criterionPoints(values[criterion], weights[criterion], total),
    mustHave: mustHave[criterion],
    met: !(mustHave[criterion] && values[criterion] === 0),
  }));
  const points = new Map(breakdown.map((part) => [part.criterion, part.points]));
  // Strongest reasons first; the stable sort keeps criterion order among equals.
  reasons.sort((a, b) => (points.get(b.criterion) ?? 0) - (points.get(a.criterion) ?? 0));
  const score = weightedScore(
    values.sector,
    values.needs,
    values.language,
    values.location,
    values.wish,
    weights,
    total,
  );
  return {
    actorId: actor.id,
    mentorId: mentor.id,
    score,
    breakdown,
    reasons,
    conflict: (mentor.conflicts ?? []).includes(actor.id),
    unmetMustHave: breakdown.filter((part) => !part.met).map((part) => part.criterion),
  };
}
