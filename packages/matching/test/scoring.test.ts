import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ActorInput, type MentorInput, REASON_CODES, scoreMatrix, scorePair } from '../src/index.ts';
import { matchingInput } from './arbitraries.ts';

const actor: ActorInput = {
  id: 'a1',
  sector: 'teatteri',
  needs: ['Rahoitus', 'markkinointi', 'sopimukset'],
  languages: ['fi'],
  municipality: 'Tampere',
  region: 'Pirkanmaa',
  meetingModes: ['in_person'],
  wishes: ['m2', 'm1'],
};

const mentor: MentorInput = {
  id: 'm1',
  sectors: ['Teatteri ', 'tanssi'],
  expertise: ['rahoitus', 'markkinointi'],
  languages: ['fi', 'en'],
  municipality: 'tampere',
  meetingModes: ['in_person', 'remote'],
  capacity: 4,
  conflicts: [],
};

const only = (criterion: string) => ({
  weights: { sector: 0, needs: 0, language: 0, location: 0, wish: 0, [criterion]: 10 },
});

describe('scorePair', () => {
  it('weights each criterion and shows its part', () => {
    const result = scorePair(actor, mentor, {
      weights: { sector: 3, needs: 5, language: 4, location: 2, wish: 3 },
    });
    // sector 1, needs 2/3, language 1, location 1 (same town, in person), wish 2nd = 2/3
    const expected = Math.round((100 * (3 + 5 * (2 / 3) + 4 + 2 + 3 * (2 / 3))) / 17);
    expect(result.score).toBe(expected);
    expect(result.breakdown.map((p) => [p.criterion, p.value, p.weight])).toEqual([
      ['sector', 1, 3],
      ['needs', 2 / 3, 5],
      ['language', 1, 4],
      ['location', 1, 2],
      ['wish', 2 / 3, 3],
    ]);
    expect(result.breakdown.find((p) => p.criterion === 'sector')?.points).toBe(17.6);
  });

  it('explains in Finnish and English with codes and params', () => {
    const { reasons } = scorePair(actor, mentor);
    const sector = reasons.find((r) => r.criterion === 'sector');
    expect(sector).toMatchObject({ code: 'sector_match', params: { sectors: ['teatteri'] } });
    expect(sector?.fi).toBe('Sama ala: teatteri');
    expect(sector?.en).toBe('Same sector: teatteri');
    const needs = reasons.find((r) => r.criterion === 'needs');
    expect(needs?.code).toBe('needs_some');
    expect(needs?.en).toBe('Expertise covers 2 of 3 needs: markkinointi, Rahoitus (missing: sopimukset)');
    expect(reasons.find((r) => r.criterion === 'wish')?.en).toBe("The actor's 2nd wish");
    expect(reasons.find((r) => r.criterion === 'wish')?.fi).toBe('Aktorin 2. toive');
  });

  it('rates location: near and in person, remote, travel, incompatible', () => {
    const far = { ...mentor, municipality: 'Helsinki', region: 'Uusimaa' };
    const location = (a: ActorInput, m: MentorInput) => scorePair(a, m, only('location')).score;
    expect(location(actor, mentor)).toBe(100);
    expect(location(actor, { ...far, region: 'pirkanmaa' })).toBe(100); // same region counts as near
    expect(location({ ...actor, meetingModes: ['remote'] }, far)).toBe(50);
    expect(location(actor, far)).toBe(25); // both in person, but far apart
    expect(location(actor, { ...mentor, meetingModes: ['remote'] })).toBe(0); // in-person only vs remote only
    expect(location({ ...actor, meetingModes: [] }, { ...far, meetingModes: [] })).toBe(50); // no preference
  });

  it('values wishes 1st, 2nd, 3rd and none', () => {
    const wish = (wishes: string[]) => scorePair({ ...actor, wishes }, mentor, only('wish')).score;
    expect([
      wish(['m1']),
      wish(['x', 'm1']),
      wish(['x', 'y', 'm1']),
      wish(['x', 'y', 'z', 'm1']),
      wish([]),
    ]).toEqual([100, 67, 33, 0, 0]);
  });

  it('reports unmet must-haves and conflicts', () => {
    const result = scorePair(
      actor,
      { ...mentor, languages: ['sv'], conflicts: ['a1'] },
      { mustHave: { language: true } },
    );
    expect(result.unmetMustHave).toEqual(['language']);
    expect(result.conflict).toBe(true);
    expect(result.breakdown.find((p) => p.criterion === 'language')).toMatchObject({
      mustHave: true,
      met: false,
    });
  });

  it('scores 0 when every weight is 0', () => {
    expect(
      scorePair(actor, mentor, { weights: { sector: 0, needs: 0, language: 0, location: 0, wish: 0 } }).score,
    ).toBe(0);
  });

  it('has Finnish and English text for every reason, for every pair', () => {
    fc.assert(
      fc.property(matchingInput(), (input) => {
        for (const a of input.actors) {
          for (const m of input.mentors) {
            const { reasons } = scorePair(a, m, input);
            expect(reasons.map((r) => r.criterion).sort()).toEqual([
              'language',
              'location',
              'needs',
              'sector',
              'wish',
            ]);
            for (const r of reasons) {
              expect(REASON_CODES).toContain(r.code);
              expect(r.fi).not.toMatch(/undefined|NaN/);
              expect(r.en).not.toMatch(/undefined|NaN/);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('scoreMatrix', () => {
  it('agrees with scorePair on every pair and marks forbidden ones', () => {
    fc.assert(
      fc.property(matchingInput(), (input) => {
        const matrix = scoreMatrix(input);
        matrix.actorIds.forEach((actorId, i) => {
          matrix.mentorIds.forEach((mentorId, j) => {
            const a = input.actors.find((x) => x.id === actorId) as ActorInput;
            const m = input.mentors.find((x) => x.id === mentorId) as MentorInput;
            const pair = scorePair(a, m, input);
            expect(matrix.scores[i]?.[j]).toBe(pair.score);
            const excluded = (input.exclusions ?? []).some(
              (e) => e.actorId === actorId && e.mentorId === mentorId,
            );
            const expected = pair.conflict
              ? 'conflict'
              : excluded
                ? 'excluded'
                : pair.unmetMustHave.length > 0
                  ? 'must_have_unmet'
                  : null;
            expect(matrix.forbidden[i]?.[j]).toBe(expected);
          });
        });
      }),
      { numRuns: 120 },
    );
  });
});
