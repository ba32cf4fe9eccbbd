import { LOCATION_VALUE, locationClass, modeBits, normalizeTag, wishValue } from './criteria.ts';
import type { ReasonFactory } from './reasons.ts';
import type { ActorInput, Criterion, MentorInput, Reason } from './types.ts';
import { CRITERIA } from './types.ts';

/** A tag set: normalised keys sorted (so output is order-free) with the first spelling seen. */
interface Tags {
  keys: string[];
  labels: string[];
}

/** Spelling -> normalised key; people share most spellings, so each is normalised once. */
const normalized = new Map<string, string>();

function normalizeCached(tag: string): string {
  let key = normalized.get(tag);
  if (key === undefined) {
    key = normalizeTag(tag);
    if (normalized.size > 10_000) normalized.clear(); // bounded: free-text tags must not grow it forever
    normalized.set(tag, key);
  }
  return key;
}

function tags(list: readonly string[]): Tags {
  const keys: string[] = [];
  const labels: string[] = [];
  let sorted = true;
  for (const tag of list) {
    const key = normalizeCached(tag);
    if (key === '' || keys.includes(key)) continue;
    if (keys.length > 0 && key < (keys[keys.length - 1] as string)) sorted = false;
    keys.push(key);
    labels.push(tag.trim());
  }
  if (sorted) return { keys, labels };
  const order = keys.map((_, k) => k).sort((x, y) => ((keys[x] as string) < (keys[y] as string) ? -1 : 1));
  return { keys: order.map((k) => keys[k] as string), labels: order.map((k) => labels[k] as string) };
}

/** Labels of `mine` whose key is also in `theirs` (tag lists are short: a scan beats a Map). */
function sharedLabels(mine: Tags, theirs: Tags): string[] {
  return mine.labels.filter((_, k) => theirs.keys.includes(mine.keys[k] as string));
}

/** A person's tags normalised once; a solve describes thousands of pairs from the same people. */
export interface Profile {
  sectors: Tags;
  skills: Tags;
  languages: Tags;
  municipality: string;
  region: string;
  modes: number;
}

export function actorSectors(actor: ActorInput): readonly string[] {
  return actor.sectors ?? (actor.sector === undefined ? [] : [actor.sector]);
}

export function actorProfile(actor: ActorInput): Profile {
  return profile(actorSectors(actor), actor.needs, actor);
}

export function mentorProfile(mentor: MentorInput): Profile {
  return profile(mentor.sectors, mentor.expertise, mentor);
}

function profile(
  sectors: readonly string[],
  skills: readonly string[],
  person: ActorInput | MentorInput,
): Profile {
  return {
    sectors: tags(sectors),
    skills: tags(skills),
    languages: tags(person.languages),
    municipality: normalizeTag(person.municipality),
    region: normalizeTag(person.region ?? ''),
    modes: modeBits(person.meetingModes),
  };
}

export interface Facts {
  values: Record<Criterion, number>;
  /** In CRITERIA order. */
  reasons: Reason[];
}

function sectorFacts(actor: Profile, mentor: Profile, reason: ReasonFactory): [number, Reason] {
  if (actor.sectors.keys.length === 0) return [0, reason('sector', 'sector_unknown')];
  const shared = sharedLabels(actor.sectors, mentor.sectors);
  if (shared.length > 0) return [1, reason('sector', 'sector_match', { sectors: shared })];
  const params = { actorSectors: actor.sectors.labels, mentorSectors: mentor.sectors.labels };
  return [0, reason('sector', 'sector_mismatch', params)];
}

function needsFacts(actor: Profile, mentor: Profile, reason: ReasonFactory): [number, Reason] {
  const needs = actor.skills;
  if (needs.keys.length === 0) return [0, reason('needs', 'needs_unknown')];
  const covered: string[] = [];
  const missing: string[] = [];
  needs.keys.forEach((key, k) => {
    (mentor.skills.keys.includes(key) ? covered : missing).push(needs.labels[k] as string);
  });
  const value = covered.length / needs.keys.length;
  if (missing.length === 0) return [value, reason('needs', 'needs_all', { covered })];
  if (covered.length === 0) return [value, reason('needs', 'needs_uncovered', { missing })];
  const params = { covered, missing, coveredCount: covered.length, total: needs.keys.length };
  return [value, reason('needs', 'needs_some', params)];
}

function languageFacts(actor: Profile, mentor: Profile, reason: ReasonFactory): [number, Reason] {
  const shared = sharedLabels(actor.languages, mentor.languages);
  if (shared.length === 0) return [0, reason('language', 'language_none')];
  return [1, reason('language', 'language_shared', { languages: shared })];
}

function locationFacts(
  actor: ActorInput,
  mentor: MentorInput,
  a: Profile,
  b: Profile,
  reason: ReasonFactory,
): [number, Reason] {
  const sameTown = a.municipality !== '' && a.municipality === b.municipality;
  const near = sameTown || (a.region !== '' && a.region === b.region);
  const kind = locationClass(a.modes, b.modes, near);
  const value = LOCATION_VALUE[kind];
  if (kind === 'in_person') {
    const place = sameTown ? actor.municipality.trim() : (actor.region ?? '').trim();
    return [value, reason('location', 'location_in_person', { place })];
  }
  if (kind === 'travel') {
    const params = { actorPlace: actor.municipality.trim(), mentorPlace: mentor.municipality.trim() };
    return [value, reason('location', 'location_travel', params)];
  }
  return [value, reason('location', kind === 'remote' ? 'location_remote' : 'location_incompatible')];
}

/** 1-based position of the mentor in the actor's wishes, 0 when not wished. */
export function wishRank(actor: ActorInput, mentorId: string): number {
  return actor.wishes.indexOf(mentorId) + 1;
}

function wishFacts(actor: ActorInput, mentor: MentorInput, reason: ReasonFactory): [number, Reason] {
  const rank = wishRank(actor, mentor.id);
  if (rank === 0) return [0, reason('wish', 'wish_none')];
  return [wishValue(rank), reason('wish', 'wish_rank', { rank })];
}

/** Each criterion's value in 0..1 and the reason behind it. */
export function pairFacts(
  actor: ActorInput,
  mentor: MentorInput,
  a: Profile,
  b: Profile,
  reason: ReasonFactory,
): Facts {
  const parts = {
    sector: sectorFacts(a, b, reason),
    needs: needsFacts(a, b, reason),
    language: languageFacts(a, b, reason),
    location: locationFacts(actor, mentor, a, b, reason),
    wish: wishFacts(actor, mentor, reason),
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
