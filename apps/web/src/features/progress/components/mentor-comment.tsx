import { type FormEvent, useState } from 'react';
import { Button, Form, Label, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSaveGoal } from '../api/save-goal.ts';
import { progressErrorMessage } from '../errors.ts';

/** The mentor's comment on a goal, editable in place by the mentor. */
export function MentorCommentEditor({
  matchId,
  goalId,
  goalTitle,
  comment,
  onDone,
}: {
  matchId: string;
  goalId: string;
  goalTitle: string;
  comment: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveGoal(matchId);
  const [text, setText] = useState(comment);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      await save.mutateAsync({ goalId, body: { mentorComment: text.trim() } });
      onDone(t('progress.goals.commentSaved'));
    } catch (failure) {
      setError(progressErrorMessage(failure, t));
    }
  }

  return (
    <Form className="form form-compact" onSubmit={onSubmit}>
      <TextField className="field" value={text} onChange={setText} maxLength={2000}>
        <Label className="field-label">{t('progress.goals.commentFor', { goal: goalTitle })}</Label>
        <TextArea className="input textarea" rows={2} />
      </TextField>
      <div role="alert" className="status-region">
        {error ? <p className="alert alert-error">{error}</p> : null}
      </div>
      <div className="button-row">
        {/* Not isPending: this form closes on success, and a pending button's announcement would outlive it. */}
        <Button type="submit" className="button button-primary" isDisabled={save.isPending}>
          {t('progress.goals.saveComment')}
        </Button>
        <Button className="button button-secondary" onPress={() => onDone('')}>
          {t('progress.cancel')}
        </Button>
      </div>
    </Form>
  );
}
