import type { Phase } from '@mentoring/contracts';
import { type FormEvent, useState } from 'react';
import {
  Button,
  FieldError,
  Form,
  Label,
  Radio,
  RadioGroup,
  TextArea,
  TextField,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/select-field.tsx';
import { useCreateCheckIn } from '../api/create-check-in.ts';
import { progressErrorMessage } from '../errors.ts';
import { todayPlain } from '../format.ts';
import { phaseLabel } from './phase-label.ts';

const RATINGS = ['1', '2', '3', '4', '5'] as const;

/** The phase running today, else the last one that has started, else the first. */
export function currentPhase(phases: readonly Phase[], today = todayPlain()): Phase | undefined {
  return (
    phases.find((phase) => phase.startsOn <= today && today <= phase.endsOn) ??
    [...phases].reverse().find((phase) => phase.startsOn <= today) ??
    phases[0]
  );
}

/** A 1–5 rating of one goal at a phase, with a note. The actor rates; the mentor may add theirs. */
export function CheckInForm({
  matchId,
  goalId,
  goalTitle,
  phases,
  onDone,
}: {
  matchId: string;
  goalId: string;
  goalTitle: string;
  phases: readonly Phase[];
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const save = useCreateCheckIn(matchId);
  const [phaseId, setPhaseId] = useState(currentPhase(phases)?.id ?? 'none');
  const [rating, setRating] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ratingError = attempted && !rating ? t('progress.checkIn.ratingRequired') : null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    if (!rating) return;
    setError(null);
    try {
      await save.mutateAsync({
        goalId,
        body: { phaseId: phaseId === 'none' ? null : phaseId, rating: Number(rating), note: note.trim() },
      });
      onDone(t('progress.checkIn.saved', { goal: goalTitle }));
    } catch (failure) {
      setError(progressErrorMessage(failure, t));
    }
  }

  return (
    <Form className="form form-compact check-in-form" onSubmit={onSubmit} validationBehavior="aria">
      {phases.length > 0 ? (
        <SelectField
          label={t('progress.checkIn.phase')}
          name="phaseId"
          value={phaseId}
          onChange={setPhaseId}
          options={phases.map((phase) => ({ id: phase.id, label: phaseLabel(phase, t) }))}
        />
      ) : null}
      <RadioGroup
        className="field"
        name="rating"
        value={rating}
        onChange={setRating}
        isRequired
        isInvalid={Boolean(ratingError)}
        orientation="horizontal"
      >
        <Label className="field-label">{t('progress.checkIn.rating')}</Label>
        <div className="radio-options rating-options">
          {RATINGS.map((value) => (
            <Radio key={value} value={value} className="radio">
              {t(`progress.checkIn.scale.r${value}`)}
            </Radio>
          ))}
        </div>
        <FieldError className="field-error">{ratingError}</FieldError>
      </RadioGroup>
      <TextField className="field" name="note" value={note} onChange={setNote} maxLength={2000}>
        <Label className="field-label">{t('progress.checkIn.note')}</Label>
        <TextArea className="input textarea" rows={2} />
      </TextField>
      <div role="alert" className="status-region">
        {error ? <p className="alert alert-error">{error}</p> : null}
      </div>
      <div className="button-row">
        {/* Not isPending: this form closes on success, and a pending button's announcement would outlive it. */}
        <Button type="submit" className="button button-primary" isDisabled={save.isPending}>
          {t('progress.checkIn.submit')}
        </Button>
        <Button className="button button-secondary" onPress={() => onDone('')}>
          {t('progress.cancel')}
        </Button>
      </div>
    </Form>
  );
}
