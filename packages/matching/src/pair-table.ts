import { type ArcLists, ArcListsBuilder } from './assignment/arc-lists.ts';
import { MAX_SCORE, modeBits } from './criteria.ts';
import { actorSectors } from './pair-facts.ts';
import { type People, RowScorer } from './score-row.ts';
import { Interner, TagBits } from './tag-bits.ts';
import type { ActorInput, Criterion, MentorInput, PairRef, Weights } from './types.ts';

/** Pair status codes, in priority order when several apply. */
export const ALLOWED = 0;
export const CONFLICT = 1;
export const EXCLUDED = 2;
export const MUST_HAVE_UNMET = 3;

/** Scores and statuses of all pairs, row-major by actor (sorted by id) then mentor (sorted by id). */
export interface PairTable {
  actors: number;
  mentors: number;
  scores: Uint8Array;
  status: Uint8Array;
}

export interface ScoredPairs {
  table: PairTable;
  /** Allowed arcs of the free actors (rows in actor order), cost = MAX_SCORE - score. */
  arcs: ArcLists;
  /** Actor index of each arc row. */
  rowActor: Int32Array;
}

/**
 * Scores every pair with the same formula as scorePair (criteria.ts), but on interned bit sets,
 * and emits each free actor's arc list while its row is hot. A test checks scorePair agrees.
 */
export function scoreAllPairs(
  actors: readonly ActorInput[],
  mentors: readonly MentorInput[],
  weights: Weights,
  mustHave: Record<Criterion, boolean>,
  exclusions: readonly PairRef[],
  isFree: (actor: number) => boolean,
): ScoredPairs {
  const n = actors.length;
  const m = mentors.length;
  const people = internPeople(actors, mentors);
  const mentorIndex = new Map(mentors.map((mentor, j) => [mentor.id, j]));
  const actorIndex = new Map(actors.map((actor, i) => [actor.id, i]));
  const scores = new Uint8Array(n * m);
  const status = new Uint8Array(n * m);
  // Conflicts and exclusions first: scoring then marks must-have failures only on pairs still allowed.
  for (const { actorId, mentorId } of exclusions) {
    const i = actorIndex.get(actorId);
    const j = mentorIndex.get(mentorId);
    if (i !== undefined && j !== undefined) status[i * m + j] = EXCLUDED;
  }
  mentors.forEach((mentor, j) => {
    for (const actorId of mentor.conflicts ?? []) {
      const i = actorIndex.get(actorId);
      if (i !== undefined) status[i * m + j] = CONFLICT;
    }
  });
  const rowActor: number[] = [];
  const builder = new ArcListsBuilder(n, m, MAX_SCORE);
  const rowCost = new Int32Array(m);
  const rank = new Int32Array(m);
  const scorer = new RowScorer(people, weights, mustHave);
  for (let i = 0; i < n; i++) {
    rank.fill(0);
    (actors[i] as ActorInput).wishes.forEach((id, position) => {
      const j = mentorIndex.get(id);
      if (j !== undefined && rank[j] === 0) rank[j] = position < 3 ? position + 1 : 4;
    });
    scorer.score(i, rank, scores, status, rowCost);
    if (isFree(i)) {
      builder.addRow(rowCost);
      rowActor.push(i);
    }
  }
  return {
    table: { actors: n, mentors: m, scores, status },
    arcs: builder.finish(),
    rowActor: Int32Array.from(rowActor),
  };
}

function internPeople(actors: readonly ActorInput[], mentors: readonly MentorInput[]): People {
  const sectors = new TagBits();
  const skills = new TagBits();
  const languages = new TagBits();
  for (const actor of actors) {
    sectors.add(actorSectors(actor));
    skills.add(actor.needs);
    languages.add(actor.languages);
  }
  for (const mentor of mentors) {
    sectors.add(mentor.sectors);
    skills.add(mentor.expertise);
    languages.add(mentor.languages);
  }
  sectors.seal();
  skills.seal();
  languages.seal();
  const places = new Interner();
  const regions = new Interner();
  const everyone = [...actors, ...mentors];
  return {
    n: actors.length,
    m: mentors.length,
    sectors,
    skills,
    languages,
    place: Int32Array.from(everyone, (p) => places.id(p.municipality)),
    region: Int32Array.from(everyone, (p) => regions.id(p.region)),
    modes: Int32Array.from(everyone, (p) => modeBits(p.meetingModes)),
  };
}
