import type { Tag } from '@mentoring/contracts';
import { type FormEvent, useMemo, useState } from 'react';
import {
  Button,
  FieldError,
  Form,
  Input,
  Label,
  Radio,
  RadioGroup,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { NumberInputField } from '../../../components/number-input-field.tsx';
import { SelectField } from '../../../components/select-field.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useSubmitValidation } from '../../../lib/use-submit-validation.ts';
import { useCreateSession } from '../api/create-session.ts';
import { useMyBookings } from '../api/get-my-bookings.ts';
import { progressErrorMessage } from '../errors.ts';
import { useProgressFormat } from '../format.ts';
import { ActionItemsEditor } from './action-items-editor.tsx';
import {
  emptyDraft,
  fromBooking,
  type SessionDraft,
  type SessionErrorKey,
  type SessionErrors,
  serverSessionErrors,
  toSessionBody,
  validateSession,
} from './session-log-model.ts';

/**
 * The mentor's one-minute session log: pick a held booking (or log an unbooked meeting), tick the
 * topics, write the shared summary and the private note, add action items, save.
 */
export function SessionLogForm({
  matchId,
  tags,
  loggedBookingIds,
}: {
  matchId: string;
  tags: readonly Tag[];
  loggedBookingIds: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const format = useProgressFormat(tags);
  const [draft, setDraft] = useState(() => emptyDraft());
  const [serverErrors, setServerErrors] = useState<SessionErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const create = useCreateSession(matchId);
  const bookings = useMyBookings(30, 0);
  const loggable = useMemo(() => {
    const now = Date.now();
    return (bookings.data ?? [])
      .filter(
        (booking) =>
          booking.matchId === matchId &&
          booking.status === 'confirmed' &&
          new Date(booking.startsAt).getTime() <= now &&
          !loggedBookingIds.has(booking.id),
      )
      .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  }, [bookings.data, matchId, loggedBookingIds]);

  const message = (key: SessionErrorKey | undefined) => (key ? t(`progress.log.errors.${key}`) : null);
  const clientErrors = validateSession(draft);
  const { visibleErrors, check, reset } = useSubmitValidation(
    Object.fromEntries(Object.entries(clientErrors).map(([field, key]) => [field, message(key)])),
  );
  const errorFor = (field: string) => visibleErrors[field] || message(serverErrors[field]);

  function change(patch: Partial<SessionDraft>) {
    setDraft((current) => ({ ...current, ...patch }));
    setServerErrors({});
    setSaved(false);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending || !check(event.currentTarget)) return;
    setFormError(null);
    try {
      await create.mutateAsync(toSessionBody(draft));
      setDraft(emptyDraft());
      reset();
      setSaved(true);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'session_in_future')
        setServerErrors({ date: 'inFuture' });
      else if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0)
        setServerErrors(serverSessionErrors(error.fieldErrors));
      setFormError(progressErrorMessage(error, t));
    }
  }

  const topics = tags.filter((tag) => tag.kind === 'topic');
  return (
    <Form className="form session-log-form" onSubmit={onSubmit} validationBehavior="aria">
      <SelectField
        label={t('progress.log.booking')}
        name="bookingId"
        value={draft.bookingId}
        onChange={(bookingId) => {
          const booking = loggable.find((candidate) => candidate.id === bookingId);
          change(booking ? fromBooking(draft, booking) : { bookingId: 'adhoc' });
        }}
        options={[
          { id: 'adhoc', label: t('progress.log.adHoc') },
          ...loggable.map((booking) => ({
            id: booking.id,
            label: t('progress.log.bookingOption', { when: format.dateTime(booking.startsAt) }),
          })),
        ]}
        description={t('progress.log.bookingHint')}
      />
      <div className="field-grid">
        <TextField
          className="field"
          name="date"
          type="date"
          value={draft.date}
          onChange={(date) => change({ date })}
          isRequired
          isInvalid={Boolean(errorFor('date'))}
        >
          <Label className="field-label">{t('progress.log.date')}</Label>
          <Input className="input" />
          <FieldError className="field-error">{errorFor('date')}</FieldError>
        </TextField>
        <TextField
          className="field"
          name="time"
          type="time"
          value={draft.time}
          onChange={(time) => change({ time })}
          isRequired
          isInvalid={Boolean(errorFor('time'))}
        >
          <Label className="field-label">{t('progress.log.time')}</Label>
          <Input className="input" />
          <FieldError className="field-error">{errorFor('time')}</FieldError>
        </TextField>
        <NumberInputField
          label={t('progress.log.duration')}
          name="durationMinutes"
          value={draft.durationMinutes}
          onChange={(durationMinutes) => change({ durationMinutes })}
          minValue={5}
          maxValue={600}
          error={errorFor('durationMinutes')}
          isRequired
        />
        <RadioGroup
          className="field"
          name="format"
          value={draft.format}
          onChange={(value) => change({ format: value === 'in_person' ? 'in_person' : 'remote' })}
        >
          <Label className="field-label">{t('progress.log.format')}</Label>
          <div className="radio-options">
            <Radio value="remote" className="radio">
              {t('progress.format.remote')}
            </Radio>
            <Radio value="in_person" className="radio">
              {t('progress.format.in_person')}
            </Radio>
          </div>
        </RadioGroup>
      </div>
      {topics.length > 0 ? (
        <ChoiceGroup
          name="topics"
          label={t('progress.log.topics')}
          options={topics.map((tag) => ({ value: tag.slug, label: format.topic(tag.slug) }))}
          value={draft.topics}
          onChange={(value) => change({ topics: value })}
        />
      ) : null}
      <TextField
        className="field"
        name="sharedSummary"
        value={draft.sharedSummary}
        onChange={(sharedSummary) => change({ sharedSummary })}
        maxLength={5000}
      >
        <Label className="field-label">{t('progress.log.sharedSummary')}</Label>
        <TextArea className="input textarea" rows={3} />
        <Text slot="description" className="field-hint">
          {t('progress.log.sharedSummaryHint')}
        </Text>
      </TextField>
      <TextField
        className="field private-note-field"
        name="privateNote"
        value={draft.privateNote}
        onChange={(privateNote) => change({ privateNote })}
        maxLength={5000}
      >
        <Label className="field-label">{t('progress.log.privateNote')}</Label>
        <TextArea className="input textarea" rows={2} />
        <Text slot="description" className="field-hint">
          {t('progress.log.privateNoteHint')}
        </Text>
      </TextField>
      <ActionItemsEditor
        items={draft.actionItems}
        onChange={(actionItems) => change({ actionItems })}
        errors={Object.fromEntries(
          draft.actionItems.map((_, index) => {
            const field = `actionItems.${index}.text`;
            return [field, errorFor(field)];
          }),
        )}
      />
      <div role="alert" className="status-region">
        {formError ? <p className="alert alert-error">{formError}</p> : null}
      </div>
      <div role="status" className="status-region">
        {saved ? <p className="alert alert-success">{t('progress.log.saved')}</p> : null}
      </div>
      <Button type="submit" className="button button-primary" isPending={create.isPending}>
        {t('progress.log.submit')}
      </Button>
    </Form>
  );
}
