import type { AnswerInput, MyResponse, Survey, SurveyQuestion } from '@mentoring/contracts';
import { type FormEvent, useState } from 'react';
import {
  Button,
  FieldError,
  Form,
  Label,
  Radio,
  RadioGroup,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useMyResponse, useSaveMyResponse } from '../api/my-response.ts';
import { surveyErrorMessage, useSurveyFormat } from '../format.ts';

type Draft = Record<string, { rating?: number; choices?: string[]; text?: string }>;
const SCALE = ['1', '2', '3', '4', '5'] as const;

function initialDraft(response: MyResponse): Draft {
  const draft: Draft = {};
  for (const answer of response.answers) {
    draft[answer.questionId] = {
      ...(answer.rating !== null ? { rating: answer.rating } : {}),
      ...(answer.choices !== null ? { choices: answer.choices } : {}),
      ...(answer.text !== null ? { text: answer.text } : {}),
    };
  }
  return draft;
}

const isAnswered = (value: Draft[string] | undefined) =>
  value !== undefined &&
  (value.rating !== undefined || (value.choices?.length ?? 0) > 0 || (value.text ?? '').trim() !== '');

/** A recipient's answers: Likert items as radio groups, choices, open text; editable until the close. */
export function AnswerForm({ programId, survey }: { programId: string; survey: Survey }) {
  const response = useMyResponse(survey.id);
  if (response.isPending) return <LoadingState />;
  if (response.isError) return <QueryError error={response.error} onRetry={() => response.refetch()} />;
  return <AnswerFormFields programId={programId} survey={survey} response={response.data} />;
}

function AnswerFormFields({
  programId,
  survey,
  response,
}: {
  programId: string;
  survey: Survey;
  response: MyResponse;
}) {
  const { t } = useTranslation();
  const format = useSurveyFormat();
  const save = useSaveMyResponse(programId, survey.id);
  const [draft, setDraft] = useState<Draft>(() => initialDraft(response));
  const [submitted, setSubmitted] = useState(false);
  const editable = response.editable;
  const missing = survey.questions.filter((q) => q.required && !isAnswered(draft[q.id]));
  const change = (id: string, value: Draft[string]) => {
    setDraft((current) => ({ ...current, [id]: value }));
    save.reset();
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (missing.length > 0) {
      document
        .getElementById(`question-${missing[0]?.id}`)
        ?.querySelector<HTMLElement>('input, textarea')
        ?.focus();
      return;
    }
    const answers: AnswerInput[] = survey.questions.flatMap((q) =>
      isAnswered(draft[q.id]) ? [{ questionId: q.id, ...draft[q.id] }] : [],
    );
    save.mutate({ answers });
  }

  return (
    <Form className="form survey-answer-form" onSubmit={submit}>
      <p className="field-hint">{t('surveys.form.anonymity')}</p>
      {!editable ? <p className="alert alert-info">{t('surveys.form.closed')}</p> : null}
      <ol className="survey-questions">
        {survey.questions.map((question) => (
          <li key={question.id} id={`question-${question.id}`} className="survey-question">
            <QuestionField
              question={question}
              value={draft[question.id] ?? {}}
              onChange={(value) => change(question.id, value)}
              isDisabled={!editable}
              error={submitted && missing.includes(question) ? t('surveys.form.requiredMissing') : null}
              label={format.text(question.prompt)}
              optionLabel={(o) => format.text(o.label)}
            />
          </li>
        ))}
      </ol>
      {editable ? (
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={save.isPending}>
            {t('surveys.form.save')}
          </Button>
        </div>
      ) : null}
      <div role="alert" className="status-region">
        {submitted && missing.length > 0 ? t('surveys.errors.checkFields') : null}
        {save.isError ? surveyErrorMessage(save.error, t) : null}
      </div>
      <div role="status" className="status-region">
        {save.isSuccess ? t('surveys.form.saved', { date: format.date(survey.closesAt) }) : null}
      </div>
    </Form>
  );
}

function QuestionField({
  question,
  value,
  onChange,
  isDisabled,
  error,
  label,
  optionLabel,
}: {
  question: SurveyQuestion;
  value: Draft[string];
  onChange: (value: Draft[string]) => void;
  isDisabled: boolean;
  error: string | null;
  label: string;
  optionLabel: (option: SurveyQuestion['options'][number]) => string;
}) {
  const { t } = useTranslation();
  const required = question.required ? ` (${t('surveys.question.required')})` : '';
  if (question.kind === 'text') {
    return (
      <TextField
        className="field"
        value={value.text ?? ''}
        onChange={(text) => onChange({ text })}
        maxLength={4000}
        isDisabled={isDisabled}
      >
        <Label className="field-label">{label}</Label>
        <TextArea className="input textarea" rows={4} />
      </TextField>
    );
  }
  if (question.kind === 'multiple') {
    return (
      <ChoiceGroup
        name={question.key}
        label={`${label}${required}`}
        options={question.options.map((o) => ({ value: o.value, label: optionLabel(o) }))}
        value={value.choices ?? []}
        onChange={(choices) => onChange({ choices })}
        error={error}
      />
    );
  }
  const likert = question.kind === 'likert';
  const selected = likert
    ? value.rating !== undefined
      ? String(value.rating)
      : null
    : (value.choices?.[0] ?? null);
  return (
    <RadioGroup
      className="field radio-group"
      orientation={likert ? 'horizontal' : 'vertical'}
      value={selected}
      onChange={(next) => onChange(likert ? { rating: Number(next) } : { choices: [next] })}
      isDisabled={isDisabled}
      isInvalid={Boolean(error)}
    >
      <Label className="field-label">{`${label}${required}`}</Label>
      {likert ? (
        <Text slot="description" className="field-hint">
          {t('surveys.question.scale')}
        </Text>
      ) : null}
      <div className={likert ? 'radio-options likert-options' : 'radio-options radio-options-vertical'}>
        {likert
          ? SCALE.map((n) => (
              <Radio key={n} value={n} className="radio" aria-label={t(`surveys.question.scaleValue.${n}`)}>
                {n}
              </Radio>
            ))
          : question.options.map((o) => (
              <Radio key={o.value} value={o.value} className="radio">
                {optionLabel(o)}
              </Radio>
            ))}
      </div>
      <FieldError className="field-error">{error}</FieldError>
    </RadioGroup>
  );
}
