import type { ActorInput, MatchingInput, MeetingMode, MentorInput } from '../src/index.ts';

/** mulberry32: tiny, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Family = 'uniform' | 'contended';

export interface Size {
  actors: number;
  mentors: number;
  capacity: number;
}

const SECTORS = [
  'teatteri',
  'musiikki',
  'festivaalit',
  'tanssi',
  'sirkus',
  'kuvataide',
  'elokuva',
  'kirjallisuus',
];
const SKILLS = Array.from({ length: 24 }, (_, i) => `osaaminen-${i}`);
const REGIONS = ['Pirkanmaa', 'Uusimaa', 'Varsinais-Suomi', 'Keski-Suomi'];
const TOWNS = Array.from({ length: 12 }, (_, i) => ({
  name: `kunta-${i}`,
  region: REGIONS[i % 4] as string,
}));
const MODES: MeetingMode[][] = [['in_person'], ['remote'], ['in_person', 'remote']];

/**
 * Programs shaped like the real ones. `uniform`: interests spread evenly, so most actors have
 * a good mentor of their own. `contended`: a few skills and a few star mentors are what almost
 * everyone wants (Zipf-like), language is a must-have and some actors speak only Swedish or
 * English, plus conflicts of interest: the hard case for an assignment solver.
 */
export function generateProgram(size: Size, family: Family, seed = 1): MatchingInput {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  // Skewed towards low indices: u^(1 + 2s) piles up near 0, more so for larger s.
  const skewed = (count: number, s: number): number => {
    const u = random();
    return Math.min(count - 1, Math.floor(count * u ** (1 + s * 2)));
  };
  const draw = (k: number, choose: () => number): number[] => {
    const out = new Set<number>();
    for (let tries = 0; out.size < k && tries < k * 20; tries++) out.add(choose());
    return [...out];
  };
  const contended = family === 'contended';
  const mentorIds = Array.from({ length: size.mentors }, (_, j) => `m${String(j).padStart(5, '0')}`);
  const actorIds = Array.from({ length: size.actors }, (_, i) => `a${String(i).padStart(5, '0')}`);
  const languagesOf = (mentor: boolean): string[] => {
    if (!contended) return random() < 0.9 ? ['fi', 'en'] : ['en'];
    const r = random();
    if (mentor) return r < 0.85 ? ['fi', 'en'] : r < 0.95 ? ['fi'] : ['fi', 'sv', 'en'];
    return r < 0.9 ? ['fi'] : r < 0.96 ? ['en'] : ['sv'];
  };
  const mentors: MentorInput[] = mentorIds.map((id) => {
    const town = pick(TOWNS);
    const expertise = contended
      ? draw(2 + Math.floor(random() * 3), () => SKILLS.length - 1 - skewed(SKILLS.length, 1))
      : draw(4 + Math.floor(random() * 5), () => Math.floor(random() * SKILLS.length));
    return {
      id,
      sectors: draw(1 + Math.floor(random() * 2), () => Math.floor(random() * SECTORS.length)).map(
        (s) => SECTORS[s] as string,
      ),
      expertise: expertise.map((s) => SKILLS[s] as string),
      languages: languagesOf(true),
      municipality: town.name,
      region: town.region,
      meetingModes: pick(MODES),
      capacity: size.capacity,
      conflicts: contended && random() < 0.3 ? [pick(actorIds)] : [],
    };
  });
  const actors: ActorInput[] = actorIds.map((id) => {
    const town = pick(TOWNS);
    const needs = contended
      ? draw(1 + Math.floor(random() * 3), () => skewed(SKILLS.length, 1))
      : draw(1 + Math.floor(random() * 3), () => Math.floor(random() * SKILLS.length));
    const wishes = contended
      ? draw(3, () => skewed(size.mentors, 1.5))
      : draw(3, () => Math.floor(random() * size.mentors));
    return {
      id,
      sector: pick(SECTORS),
      needs: needs.map((s) => SKILLS[s] as string),
      languages: languagesOf(false),
      municipality: town.name,
      region: town.region,
      meetingModes: pick(MODES),
      wishes: wishes.map((j) => mentorIds[j] as string),
    };
  });
  return {
    actors,
    mentors,
    weights: { sector: 3, needs: 5, language: 4, location: 2, wish: 3 },
    mustHave: contended ? { language: true } : {},
    objective: 'maxTotal',
  };
}
