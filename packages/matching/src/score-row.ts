import {
  LOCATION_VALUE,
  locationClass,
  MAX_SCORE,
  weightedScore,
  weightSum,
  weightVector,
  wishValue,
} from './criteria.ts';
import { popcount, type TagBits } from './tag-bits.ts';
import type { Criterion, Weights } from './types.ts';

/** Everything the pair loop reads, as flat typed arrays indexed by person (actors, then mentors). */
export interface People {
  n: number;
  m: number;
  sectors: TagBits;
  skills: TagBits;
  languages: TagBits;
  place: Int32Array;
  region: Int32Array;
  modes: Int32Array;
}

/** Status codes shared with pair-table.ts (kept here so the hot loop reads no module bindings). */
const ALLOWED = 0;
const MUST_HAVE_UNMET = 3;
/** Flag bit in a memo value: a must-have fails. Scores are 0..100, so they fit in the low 7 bits. */
const UNMET = 128;

/**
 * Scores one actor against every mentor. A pair's score depends only on a few small facts:
 * sector shared (1 bit), language shared (1 bit), common meeting modes and nearness (3 bits),
 * wish rank (0..4) and the number of needs covered. Those facts form a key into a per-actor memo
 * holding the score (or UNMET), so the shared formula runs once per distinct key instead of once
 * per pair, and the loop itself is only bit operations and table reads.
 */
export class RowScorer {
  private readonly vector: Float64Array;
  private readonly total: number;
  private readonly memo: Uint8Array;
  private readonly stamp: Int32Array;
  private readonly mustHave: Record<Criterion, boolean>;

  constructor(
    private readonly people: People,
    weights: Weights,
    mustHave: Record<Criterion, boolean>,
  ) {
    this.vector = weightVector(weights);
    this.total = weightSum(weights);
    this.mustHave = mustHave;
    let maxNeeds = 0;
    for (let i = 0; i < people.n; i++) maxNeeds = Math.max(maxNeeds, people.skills.count(i));
    this.memo = new Uint8Array(256 * (maxNeeds + 1));
    this.stamp = new Int32Array(256 * (maxNeeds + 1)).fill(-1);
  }

  /** Writes scores, must-have failures (on pairs still allowed) and arc costs (-1 = forbidden). */
  score(i: number, rank: Int32Array, scores: Uint8Array, status: Uint8Array, rowCost: Int32Array): void {
    const { people, memo, stamp } = this;
    const { n, m, place, region, modes } = people;
    const { bits: sectorBits, words: sectorWords } = people.sectors;
    const { bits: skillBits, words: skillWords } = people.skills;
    const { bits: languageBits, words: languageWords } = people.languages;
    const needCount = people.skills.count(i);
    const actorPlace = place[i] as number;
    const actorRegion = region[i] as number;
    const actorModes = modes[i] as number;
    const offset = i * m;
    for (let j = 0; j < m; j++) {
      const b = n + j;
      // Tag sets of up to 32 tags are one word: the common case takes the branch-free path.
      const sector =
        sectorWords === 1
          ? ((sectorBits[i] as number) & (sectorBits[b] as number)) !== 0
          : sharedCount(sectorBits, sectorWords, i, b) > 0;
      const language =
        languageWords === 1
          ? ((languageBits[i] as number) & (languageBits[b] as number)) !== 0
          : sharedCount(languageBits, languageWords, i, b) > 0;
      const covered =
        skillWords === 1
          ? popcount((skillBits[i] as number) & (skillBits[b] as number))
          : sharedCount(skillBits, skillWords, i, b);
      const near =
        (actorPlace !== -1 && actorPlace === place[b]) || (actorRegion !== -1 && actorRegion === region[b]);
      const code =
        (sector ? 1 : 0) |
        (language ? 2 : 0) |
        ((((actorModes & (modes[b] as number)) << 1) | (near ? 1 : 0)) << 2) |
        ((rank[j] as number) << 5);
      const key = (covered << 8) | code;
      if (stamp[key] !== i) {
        memo[key] = this.evaluate(code, covered, needCount);
        stamp[key] = i;
      }
      const value = memo[key] as number;
      const score = value & 127;
      const k = offset + j;
      scores[k] = score;
      if (value >= UNMET && status[k] === ALLOWED) status[k] = MUST_HAVE_UNMET;
      rowCost[j] = status[k] === ALLOWED ? MAX_SCORE - score : -1;
    }
  }

  /** The score for a fact key, plus the UNMET flag when a must-have fails. */
  private evaluate(code: number, covered: number, needCount: number): number {
    const sector = code & 1;
    const language = (code >> 1) & 1;
    const location = LOCATION_BY_KEY[(code >> 2) & 7] as number;
    const wish = WISH_BY_RANK[code >> 5] as number;
    const needs = needCount === 0 ? 0 : covered / needCount;
    const { mustHave } = this;
    const unmet =
      (mustHave.sector && sector === 0) ||
      (mustHave.needs && needs === 0) ||
      (mustHave.language && language === 0) ||
      (mustHave.location && location === 0) ||
      (mustHave.wish && wish === 0);
    const score = weightedScore(sector, needs, language, location, wish, this.vector, this.total);
    return unmet ? score | UNMET : score;
  }
}

/** Location value by (common meeting modes << 1 | near). */
const LOCATION_BY_KEY = Float64Array.from(
  { length: 8 },
  (_, k) => LOCATION_VALUE[locationClass(k >> 1, k >> 1, (k & 1) === 1)],
);
/** Wish value by rank, where rank 4 stands for "4th or later". */
const WISH_BY_RANK = Float64Array.from({ length: 5 }, (_, rank) => wishValue(rank));

function sharedCount(bits: Int32Array, words: number, a: number, b: number): number {
  let count = 0;
  for (let w = 0; w < words; w++)
    count += popcount((bits[a * words + w] as number) & (bits[b * words + w] as number));
  return count;
}
