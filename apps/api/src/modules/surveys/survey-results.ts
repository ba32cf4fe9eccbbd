import {
  type LocalizedText,
  MIN_GROUP_SIZE,
  type QuestionKind,
  type QuestionResult,
  type RespondentRole,
} from '@mentoring/contracts';

/**
 * Anonymous results, as pure functions: data in, figures out, so the rules can be property-tested.
 *
 * The only filter is the respondent's role (recorded on the response). A question's answers form
 * cells, one per role. Shown for a question are: everyone (when ≥ 5 answered) and each role whose
 * cell has ≥ 5 answers, as long as the cells left hidden add up to 0 or ≥ 5. Otherwise "everyone
 * minus the shown roles" would reveal a hidden group under 5, so the smallest shown cells are
 * hidden too until that holds. Inputs carry no user ids and neither do outputs.
 */

export const ROLES: readonly RespondentRole[] = ['coordinator', 'mentor', 'actor'];

export interface ResultsQuestion {
  id: string;
  key: string;
  kind: QuestionKind;
  prompt: LocalizedText;
  options: { value: string; label: LocalizedText }[];
}

export interface ResultsAnswer {
  questionId: string;
  rating: number | null;
  choices: string[] | null;
  text: string | null;
}

/** One response: the respondent's role and their answers, nothing that names them. */
export interface ResultsResponse {
  role: RespondentRole;
  answers: ResultsAnswer[];
}

const hasContent = (answer: ResultsAnswer): boolean =>
  answer.rating !== null ||
  (answer.choices !== null && answer.choices.length > 0) ||
  (answer.text !== null && answer.text.trim() !== '');

/** The roles whose cell may be shown, given each role's answer count for one question. */
export function shownRoles(counts: Record<RespondentRole, number>): Set<RespondentRole> {
  const total = ROLES.reduce((sum, role) => sum + counts[role], 0);
  if (total < MIN_GROUP_SIZE) return new Set();
  const shown = ROLES.filter((role) => counts[role] >= MIN_GROUP_SIZE).sort((a, b) => counts[a] - counts[b]);
  let hidden = total - shown.reduce((sum, role) => sum + counts[role], 0);
  // Secondary suppression: hide the smallest shown cell until what is hidden is 0 or ≥ 5.
  while (hidden > 0 && hidden < MIN_GROUP_SIZE && shown.length > 0) {
    const smallest = shown.shift() as RespondentRole;
    hidden += counts[smallest];
  }
  return new Set(shown);
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function hiddenResult(question: ResultsQuestion): QuestionResult {
  return {
    questionId: question.id,
    key: question.key,
    kind: question.kind,
    prompt: question.prompt,
    shown: false,
    count: null,
    mean: null,
    distribution: null,
    texts: null,
  };
}

function figures(question: ResultsQuestion, answers: ResultsAnswer[]): QuestionResult {
  const base = { ...hiddenResult(question), shown: true, count: answers.length };
  if (question.kind === 'likert') {
    const ratings = answers.map((a) => a.rating).filter((r): r is number => r !== null);
    const distribution = [1, 2, 3, 4, 5].map((value) => ({
      value: String(value),
      label: null,
      count: ratings.filter((r) => r === value).length,
    }));
    const mean = ratings.length > 0 ? round2(ratings.reduce((s, r) => s + r, 0) / ratings.length) : null;
    return { ...base, mean, distribution };
  }
  if (question.kind === 'single' || question.kind === 'multiple') {
    const distribution = question.options.map((option) => ({
      value: option.value,
      label: option.label,
      count: answers.filter((a) => a.choices?.includes(option.value)).length,
    }));
    return { ...base, distribution };
  }
  // Sorted, so the order says nothing about who answered when.
  const texts = answers
    .map((a) => (a.text ?? '').trim())
    .filter((t) => t !== '')
    .sort((a, b) => a.localeCompare(b, 'fi'));
  return { ...base, texts };
}

/** Per-question results for everyone (role null) or one role, under the group-size rules. */
export function surveyResults(
  questions: ResultsQuestion[],
  responses: ResultsResponse[],
  role: RespondentRole | null,
): QuestionResult[] {
  return questions.map((question) => {
    const answered = responses.flatMap((response) =>
      response.answers
        .filter((a) => a.questionId === question.id && hasContent(a))
        .map((answer) => ({ role: response.role, answer })),
    );
    const counts = { coordinator: 0, mentor: 0, actor: 0 };
    for (const { role: r } of answered) counts[r]++;
    if (role === null) {
      if (answered.length < MIN_GROUP_SIZE) return hiddenResult(question);
      return figures(
        question,
        answered.map((a) => a.answer),
      );
    }
    if (!shownRoles(counts).has(role)) return hiddenResult(question);
    return figures(
      question,
      answered.filter((a) => a.role === role).map((a) => a.answer),
    );
  });
}

/** Start vs end: per Likert key asked in both, each side's mean and count when shown. */
export function compareResults(from: QuestionResult[], to: QuestionResult[]) {
  const side = (result: QuestionResult | undefined) =>
    result?.shown && result.mean !== null && result.count !== null
      ? { mean: result.mean, count: result.count }
      : null;
  return to
    .filter((result) => result.kind === 'likert')
    .flatMap((result) => {
      const before = from.find((f) => f.key === result.key && f.kind === 'likert');
      if (!before) return [];
      return [{ key: result.key, prompt: result.prompt, from: side(before), to: side(result) }];
    });
}
