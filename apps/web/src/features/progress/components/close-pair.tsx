import type { Match } from '@mentoring/contracts';
import { type FormEvent, useState } from 'react';
import {
  Button,
  Checkbox,
  FieldError,
  Form,
  Input,
  Label,
  Radio,
  RadioGroup,
  TextArea,
  TextField,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client.ts';
import { useCloseMatch } from '../api/close-match.ts';
import { progressErrorMessage } from '../errors.ts';
import type { PairRole } from './pair-role.ts';

/**
 * Closing a pair: each person leaves a closing reflection (after the final goal check-in); the mentor
 * or a coordinator sets the outcome, with a reason when the pair ends early.
 */
export function ClosePair({ match, viewer }: { match: Match; viewer: PairRole }) {
  const { t } = useTranslation();
  const close = useCloseMatch(match.programId, match.id);
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<'completed' | 'ended'>('completed');
  const [endedReason, setEndedReason] = useState('');
  const [reflection, setReflection] = useState('');
  const [continueMeeting, setContinueMeeting] = useState(false);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const closes = viewer !== 'actor';

  const statusRegion = (
    <div role="status" className="status-region">
      {done ? <p className="alert alert-success">{done}</p> : null}
    </div>
  );
  // Once closed (here or elsewhere), the outcome replaces the form; the status message stays.
  if (match.status === 'completed' || match.status === 'ended')
    return (
      <>
        {statusRegion}
        <p>{t(`progress.close.closed.${match.status}`)}</p>
      </>
    );

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const needsReason = closes && outcome === 'ended' && !endedReason.trim();
    setReasonError(needsReason ? t('progress.close.reasonRequired') : null);
    if (needsReason) return;
    setError(null);
    try {
      await close.mutateAsync({
        outcome,
        ...(closes && outcome === 'ended' ? { endedReason: endedReason.trim() } : {}),
        ...(viewer !== 'coordinator' && reflection.trim() ? { reflection: reflection.trim() } : {}),
        ...(viewer !== 'coordinator' ? { continueMeeting } : {}),
      });
      setOpen(false);
      setDone(closes ? t('progress.close.closedNow') : t('progress.close.reflectionSaved'));
    } catch (failure) {
      if (failure instanceof ApiError && failure.fieldErrors.endedReason)
        setReasonError(t('progress.close.reasonRequired'));
      setError(progressErrorMessage(failure, t));
    }
  }

  return (
    <>
      {statusRegion}
      <p>{t(closes ? 'progress.close.leadCloser' : 'progress.close.leadActor')}</p>
      {viewer !== 'coordinator' ? (
        <p className="alert alert-info">
          {t('progress.close.checkInPrompt')} <a href="#goals">{t('progress.close.toGoals')}</a>
        </p>
      ) : null}
      {!open ? (
        <Button className="button button-secondary" onPress={() => setOpen(true)}>
          {t(closes ? 'progress.close.open' : 'progress.close.openActor')}
        </Button>
      ) : (
        <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
          {closes ? (
            <RadioGroup
              className="field"
              name="outcome"
              value={outcome}
              onChange={(value) => setOutcome(value === 'ended' ? 'ended' : 'completed')}
            >
              <Label className="field-label">{t('progress.close.outcome')}</Label>
              <div className="radio-options">
                <Radio value="completed" className="radio">
                  {t('progress.close.completed')}
                </Radio>
                <Radio value="ended" className="radio">
                  {t('progress.close.ended')}
                </Radio>
              </div>
            </RadioGroup>
          ) : null}
          {closes && outcome === 'ended' ? (
            <TextField
              className="field"
              name="endedReason"
              value={endedReason}
              onChange={setEndedReason}
              maxLength={500}
              isRequired
              isInvalid={Boolean(reasonError)}
            >
              <Label className="field-label">{t('progress.close.reason')}</Label>
              <Input className="input" />
              <FieldError className="field-error">{reasonError}</FieldError>
            </TextField>
          ) : null}
          {viewer !== 'coordinator' ? (
            <>
              <TextField
                className="field"
                name="reflection"
                value={reflection}
                onChange={setReflection}
                maxLength={3000}
              >
                <Label className="field-label">{t('progress.close.reflection')}</Label>
                <TextArea className="input textarea" rows={3} />
              </TextField>
              <Checkbox className="checkbox" isSelected={continueMeeting} onChange={setContinueMeeting}>
                {t('progress.close.continueMeeting')}
              </Checkbox>
            </>
          ) : null}
          <div role="alert" className="status-region">
            {error ? <p className="alert alert-error">{error}</p> : null}
          </div>
          <div className="button-row">
            {/* Not isPending: this form closes on success, and a pending button's announcement would outlive it. */}
            <Button type="submit" className="button button-danger" isDisabled={close.isPending}>
              {t(closes ? 'progress.close.submit' : 'progress.close.submitActor')}
            </Button>
            <Button className="button button-secondary" onPress={() => setOpen(false)}>
              {t('progress.cancel')}
            </Button>
          </div>
        </Form>
      )}
    </>
  );
}
