import type { Tag } from '@mentoring/contracts';
import { type FormEvent, useState } from 'react';
import { Button, FieldError, Form, Input, Label, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import type { GoalFields } from '../api/save-goal.ts';
import { useSaveGoal } from '../api/save-goal.ts';
import { progressErrorMessage } from '../errors.ts';
import { useProgressFormat } from '../format.ts';

/** The actor's goal: title, what it means, how they will know it is reached, and its topics. */
export function GoalForm({
  matchId,
  goalId,
  initial,
  tags,
  onDone,
}: {
  matchId: string;
  /** Absent: a new goal. */
  goalId?: string;
  initial?: GoalFields;
  tags: readonly Tag[];
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const format = useProgressFormat(tags);
  const save = useSaveGoal(matchId);
  const [draft, setDraft] = useState<GoalFields>(
    initial ?? { title: '', description: '', successCriteria: '', topics: [] },
  );
  const [attempted, setAttempted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleError = attempted && !draft.title.trim() ? t('progress.goals.titleRequired') : null;
  const change = (patch: Partial<GoalFields>) => setDraft((current) => ({ ...current, ...patch }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    if (!draft.title.trim()) {
      const title = event.currentTarget.elements.namedItem('title');
      if (title instanceof HTMLElement) title.focus();
      return;
    }
    setError(null);
    try {
      await save.mutateAsync({ goalId, body: draft });
      onDone(goalId ? t('progress.goals.updated') : t('progress.goals.created'));
    } catch (failure) {
      setError(progressErrorMessage(failure, t));
    }
  }

  const topics = tags.filter((tag) => tag.kind === 'topic');
  return (
    <Form className="form goal-form" onSubmit={onSubmit} validationBehavior="aria">
      <TextField
        className="field"
        name="title"
        value={draft.title}
        onChange={(title) => change({ title })}
        maxLength={200}
        isRequired
        isInvalid={Boolean(titleError)}
      >
        <Label className="field-label">{t('progress.goals.title')}</Label>
        <Input className="input" />
        <FieldError className="field-error">{titleError}</FieldError>
      </TextField>
      <TextField
        className="field"
        name="description"
        value={draft.description}
        onChange={(description) => change({ description })}
        maxLength={3000}
      >
        <Label className="field-label">{t('progress.goals.description')}</Label>
        <TextArea className="input textarea" rows={2} />
      </TextField>
      <TextField
        className="field"
        name="successCriteria"
        value={draft.successCriteria}
        onChange={(successCriteria) => change({ successCriteria })}
        maxLength={2000}
      >
        <Label className="field-label">{t('progress.goals.successCriteria')}</Label>
        <TextArea className="input textarea" rows={2} />
      </TextField>
      {topics.length > 0 ? (
        <ChoiceGroup
          name="goalTopics"
          label={t('progress.goals.topics')}
          options={topics.map((tag) => ({ value: tag.slug, label: format.topic(tag.slug) }))}
          value={draft.topics}
          onChange={(value) => change({ topics: value.slice(0, 10) })}
        />
      ) : null}
      <div role="alert" className="status-region">
        {error ? <p className="alert alert-error">{error}</p> : null}
      </div>
      <div className="button-row">
        {/* Not isPending: this form closes on success, and a pending button's announcement would outlive it. */}
        <Button type="submit" className="button button-primary" isDisabled={save.isPending}>
          {goalId ? t('progress.goals.save') : t('progress.goals.create')}
        </Button>
        <Button className="button button-secondary" onPress={() => onDone('')}>
          {t('progress.cancel')}
        </Button>
      </div>
    </Form>
  );
}
