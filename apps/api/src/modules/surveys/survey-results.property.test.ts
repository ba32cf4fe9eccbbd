import type { QuestionResult, RespondentRole } from '@mentoring/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ResultsQuestion,
  type ResultsResponse,
  ROLES,
  shownRoles,
  surveyResults,
} from './survey-results.ts';

const QUESTIONS: ResultsQuestion[] = [
  { id: 'q-likert', key: 'clarity', kind: 'likert', prompt: { fi: 'a', en: 'a' }, options: [] },
  {
    id: 'q-single',
    key: 'freq',
    kind: 'single',
    prompt: { fi: 'b', en: 'b' },
    options: ['x', 'y', 'z'].map((value) => ({ value, label: { fi: value, en: value } })),
  },
  { id: 'q-text', key: 'open', kind: 'text', prompt: { fi: 'c', en: 'c' }, options: [] },
];

/** A marker that would show up in the output if an identity ever leaked through. */
const USER_ID = (i: number) => `user-${i}-5f1c`;

interface RawResponse {
  role: RespondentRole;
  likert: number | null;
  single: string | null;
  text: string | null;
}

const response: fc.Arbitrary<RawResponse> = fc.record({
  role: fc.constantFrom<RespondentRole>(...ROLES),
  // Each question is answered or skipped independently, so per-question groups differ.
  likert: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  single: fc.option(fc.constantFrom('x', 'y', 'z'), { nil: null }),
  text: fc.option(fc.string({ minLength: 1, maxLength: 12 }), { nil: null }),
});

function build(raw: RawResponse[]): ResultsResponse[] {
  return raw.map((r) => ({
    role: r.role,
    answers: [
      { questionId: 'q-likert', rating: r.likert, choices: null, text: null },
      { questionId: 'q-single', rating: null, choices: r.single ? [r.single] : null, text: null },
      { questionId: 'q-text', rating: null, choices: null, text: r.text },
    ],
  }));
}

const FILTERS: (RespondentRole | null)[] = [null, ...ROLES];

describe('anonymous results (property)', () => {
  it('every shown group has ≥ 5 answers and every shown total minus shown sub-totals is 0 or ≥ 5', () => {
    fc.assert(
      fc.property(fc.array(response, { maxLength: 40 }), (raw) => {
        const responses = build(raw);
        const byFilter = new Map(FILTERS.map((f) => [f, surveyResults(QUESTIONS, responses, f)]));
        for (const [index, question] of QUESTIONS.entries()) {
          const shown = FILTERS.map((f) => ({
            f,
            result: byFilter.get(f)?.[index] as QuestionResult,
          })).filter((s) => s.result.shown);
          for (const { result } of shown) expect(result.count).toBeGreaterThanOrEqual(5);
          const total = shown.find((s) => s.f === null)?.result.count;
          const parts = shown.filter((s) => s.f !== null).map((s) => s.result.count as number);
          if (total === undefined) {
            expect(parts, question.key).toEqual([]);
            continue;
          }
          // Every subset of shown sub-totals subtracted from the total: 0 or ≥ 5 left.
          for (let mask = 1; mask < 1 << parts.length; mask++) {
            const taken = parts.reduce((sum, n, i) => (mask & (1 << i) ? sum + n : sum), 0);
            const left = (total as number) - taken;
            expect(left === 0 || left >= 5, `${question.key}: ${total} - ${taken}`).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('the role cells it shows leave a hidden remainder of 0 or ≥ 5', () => {
    const count = fc.integer({ min: 0, max: 12 });
    fc.assert(
      fc.property(fc.record({ coordinator: count, mentor: count, actor: count }), (counts) => {
        const shown = shownRoles(counts);
        const total = counts.coordinator + counts.mentor + counts.actor;
        const hidden = total - [...shown].reduce((sum, role) => sum + counts[role], 0);
        if (total >= 5) expect(hidden === 0 || hidden >= 5).toBe(true);
        else expect(shown.size).toBe(0);
        for (const role of shown) expect(counts[role]).toBeGreaterThanOrEqual(5);
      }),
      { numRuns: 1000 },
    );
  });

  it('no output carries a user id, a response id or a time, and open answers come sorted', () => {
    fc.assert(
      fc.property(fc.array(response, { minLength: 5, maxLength: 30 }), (raw) => {
        const responses = build(raw).map((r, i) => ({
          ...r,
          userId: USER_ID(i),
          submittedAt: '2026-11-28T10:00:00Z',
        }));
        for (const filter of FILTERS) {
          const output = JSON.stringify(surveyResults(QUESTIONS, responses, filter));
          expect(output).not.toMatch(/user-\d+-5f1c/);
          expect(output).not.toContain('2026-11-28');
          for (const result of surveyResults(QUESTIONS, responses, filter)) {
            if (result.texts)
              expect(result.texts).toEqual([...result.texts].sort((a, b) => a.localeCompare(b, 'fi')));
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
