import { type FormEvent, useState } from 'react';
import { Button, FieldError, Form, Input, Label, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { NumberInputField } from '../../../components/number-input-field.tsx';
import { SelectField } from '../../../components/select-field.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { timeZoneLabel } from '../../../lib/dates.ts';
import { useSubmitValidation } from '../../../lib/use-submit-validation.ts';
import { PhasesEditor } from './phases-editor.tsx';
import {
  COMMON_TIME_ZONES,
  type ProgramDraft,
  type ProgramErrorKey,
  type ProgramErrors,
  serverFieldErrors,
  validateDraft,
} from './program-form-model.ts';

export interface ProgramFormProps {
  initial: ProgramDraft;
  /** Edit mode shows the phases; a new program gets default phases from its dates. */
  withPhases: boolean;
  submitLabel: string;
  /** Saves the draft; rejects with the server's ApiError. */
  onSave: (draft: ProgramDraft) => Promise<unknown>;
  savedMessage?: string;
  isDisabled?: boolean;
}

/** Name, description, dates, time zone, meeting target and (when editing) phases. */
export function ProgramForm({
  initial,
  withPhases,
  submitLabel,
  onSave,
  savedMessage,
  isDisabled = false,
}: ProgramFormProps) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [serverErrors, setServerErrors] = useState<ProgramErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);

  const message = (key: ProgramErrorKey | null | undefined) => {
    if (!key) return null;
    if (key === 'meetingsRange') return t('programForm.errors.meetingsRange', { min: 1, max: 100 });
    if (key === 'required') return t('validation.required');
    if (key === 'retentionRange') return t('privacy.retention.range');
    return t(`programForm.errors.${key}`);
  };
  const clientErrors = validateDraft(draft, withPhases);
  const { visibleErrors, check } = useSubmitValidation(
    Object.fromEntries(Object.entries(clientErrors).map(([field, key]) => [field, message(key)])),
  );
  const errorFor = (field: string) => visibleErrors[field] || message(serverErrors[field]);

  function change(patch: Partial<ProgramDraft>) {
    setDraft((current) => ({ ...current, ...patch }));
    setServerErrors({});
    setSaved(false);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending || !check(event.currentTarget)) return;
    setPending(true);
    setFormError(null);
    setServerErrors({});
    try {
      await onSave(draft);
      setSaved(true);
    } catch (error) {
      if (error instanceof ApiError && error.status === 400 && Object.keys(error.fieldErrors).length > 0) {
        setServerErrors(serverFieldErrors(error.fieldErrors, draft));
        setFormError(t('programForm.errors.checkFields'));
      } else if (error instanceof ApiError && error.code === 'program_archived') {
        setFormError(t('programForm.errors.archived'));
      } else {
        setFormError(
          error instanceof ApiError && error.isNetworkError ? t('errors.network') : t('errors.generic'),
        );
      }
    } finally {
      setPending(false);
    }
  }

  const zones = COMMON_TIME_ZONES.includes(draft.timeZone as (typeof COMMON_TIME_ZONES)[number])
    ? COMMON_TIME_ZONES
    : [draft.timeZone, ...COMMON_TIME_ZONES];

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <TextField
        className="field"
        name="name"
        value={draft.name}
        onChange={(name) => change({ name })}
        isRequired
        maxLength={200}
        isInvalid={Boolean(errorFor('name'))}
        isDisabled={isDisabled}
      >
        <Label className="field-label">{t('programForm.name')}</Label>
        <Input className="input" />
        <FieldError className="field-error">{errorFor('name')}</FieldError>
      </TextField>
      <TextField
        className="field"
        name="description"
        value={draft.description}
        onChange={(description) => change({ description })}
        maxLength={5000}
        isDisabled={isDisabled}
      >
        <Label className="field-label">{t('programForm.description')}</Label>
        <TextArea className="input textarea" rows={4} />
      </TextField>
      <div className="field-grid">
        <TextField
          className="field"
          name="startsOn"
          type="date"
          value={draft.startsOn}
          onChange={(startsOn) => change({ startsOn })}
          isRequired
          isInvalid={Boolean(errorFor('startsOn'))}
          isDisabled={isDisabled}
        >
          <Label className="field-label">{t('programForm.startsOn')}</Label>
          <Input className="input" />
          <FieldError className="field-error">{errorFor('startsOn')}</FieldError>
        </TextField>
        <TextField
          className="field"
          name="endsOn"
          type="date"
          value={draft.endsOn}
          onChange={(endsOn) => change({ endsOn })}
          isRequired
          isInvalid={Boolean(errorFor('endsOn'))}
          isDisabled={isDisabled}
        >
          <Label className="field-label">{t('programForm.endsOn')}</Label>
          <Input className="input" />
          <FieldError className="field-error">{errorFor('endsOn')}</FieldError>
        </TextField>
      </div>
      <div className="field-grid">
        <SelectField
          label={t('programForm.timeZone')}
          name="timeZone"
          value={draft.timeZone}
          onChange={(timeZone: string) => change({ timeZone })}
          options={zones.map((zone) => ({ id: zone, label: timeZoneLabel(zone, i18n.language) }))}
          description={t('programForm.timeZoneHint')}
          isDisabled={isDisabled}
        />
        <NumberInputField
          label={t('programForm.targetMeetings')}
          name="targetMeetingsPerPair"
          value={draft.targetMeetingsPerPair}
          onChange={(targetMeetingsPerPair) => change({ targetMeetingsPerPair })}
          minValue={1}
          maxValue={100}
          description={t('programForm.targetMeetingsHint')}
          error={errorFor('targetMeetingsPerPair')}
          isRequired
          isDisabled={isDisabled}
        />
        <NumberInputField
          label={t('privacy.retention.label')}
          name="retentionMonths"
          value={draft.retentionMonths}
          onChange={(retentionMonths) => change({ retentionMonths })}
          minValue={1}
          maxValue={240}
          description={t('privacy.retention.hint')}
          error={errorFor('retentionMonths')}
          isDisabled={isDisabled}
        />
      </div>
      {withPhases ? (
        <PhasesEditor
          phases={draft.phases}
          onChange={(phases) => change({ phases })}
          defaultDates={{ startsOn: draft.startsOn, endsOn: draft.endsOn }}
          isDisabled={isDisabled}
          errors={Object.fromEntries(
            Object.keys(clientErrors)
              .filter((field) => field.startsWith('phases.'))
              .concat(Object.keys(serverErrors).filter((field) => field.startsWith('phases.')))
              .map((field) => [field, errorFor(field)]),
          )}
        />
      ) : (
        <p className="field-hint">{t('programForm.defaultPhasesHint')}</p>
      )}
      <div role="alert" className="status-region">
        {formError ? <p className="alert alert-error">{formError}</p> : null}
      </div>
      <div role="status" className="status-region">
        {saved && savedMessage ? <p className="alert alert-success">{savedMessage}</p> : null}
      </div>
      <Button type="submit" className="button button-primary" isDisabled={isDisabled}>
        {submitLabel}
      </Button>
    </Form>
  );
}
