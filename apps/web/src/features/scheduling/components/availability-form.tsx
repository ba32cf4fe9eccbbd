import type { Availability } from '@mentoring/contracts';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useAvailability } from '../api/get-availability.ts';
import { usePutAvailability } from '../api/put-availability.ts';
import { schedulingErrorMessage } from '../errors.ts';
import { type AvailabilityDraft, endBeforeStart, toBody, toDraft } from '../model.ts';
import { OverridesEditor } from './overrides-editor.tsx';
import { PolicyFields } from './policy-fields.tsx';
import { WeeklyGrid } from './weekly-grid.tsx';
import { WeeklyHoursEditor } from './weekly-hours-editor.tsx';

/** Errors the form finds itself, keyed like the API's field paths so both show in the same place. */
function localErrors(draft: AvailabilityDraft, message: string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const i of endBeforeStart(draft.weekly)) errors[`weeklyRules.${i}.end`] = message;
  const open = draft.overrides.filter((row) => !row.dayOff);
  for (const i of endBeforeStart(open)) {
    errors[`overrides.${draft.overrides.indexOf(open[i] as (typeof open)[number])}.end`] = message;
  }
  if (draft.lengths.length === 0) errors.lengths = message;
  return errors;
}

function AvailabilityEditor({ mentorId, availability }: { mentorId: string; availability: Availability }) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState(() => toDraft(availability));
  const [local, setLocal] = useState<Record<string, string>>({});
  const [server, setServer] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const save = usePutAvailability(mentorId);

  const change = (next: Partial<AvailabilityDraft>) => {
    setDraft((current) => ({ ...current, ...next }));
    setSaved(false);
  };
  // The server's messages are English; Finnish readers get ours, naming the same field.
  const errorFor = (path: string) => {
    const message = server[path];
    if (local[path] !== undefined || message === undefined) return local[path];
    return i18n.language === 'en' ? message : t('scheduling.availability.checkField');
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = localErrors(draft, t('scheduling.availability.endBeforeStart'));
    setLocal(found);
    setServer({});
    if (Object.keys(found).length > 0) return;
    save.mutate(toBody(draft), {
      onSuccess: () => setSaved(true),
      onError: (error) => setServer(error instanceof ApiError ? error.fieldErrors : {}),
    });
  }

  const invalid = Object.keys(local).length + Object.keys(server).length > 0;
  return (
    <Form className="form availability-form" onSubmit={submit} validationBehavior="aria">
      <WeeklyGrid rows={draft.weekly} onChange={(weekly) => change({ weekly })} />
      <WeeklyHoursEditor rows={draft.weekly} onChange={(weekly) => change({ weekly })} errors={errorFor} />
      <OverridesEditor
        rows={draft.overrides}
        onChange={(overrides) => change({ overrides })}
        errors={errorFor}
      />
      <PolicyFields draft={draft} onChange={change} errors={errorFor} />
      <div role="status" className="status-region">
        {saved ? <p className="alert alert-success">{t('scheduling.availability.saved')}</p> : null}
      </div>
      <div role="alert" className="status-region">
        {invalid ? <p className="alert alert-error">{t('scheduling.availability.checkFields')}</p> : null}
        {save.isError && !invalid ? (
          <p className="alert alert-error">{schedulingErrorMessage(save.error, t)}</p>
        ) : null}
      </div>
      <Button type="submit" className="button button-primary" isDisabled={save.isPending}>
        {t('scheduling.availability.save')}
      </Button>
    </Form>
  );
}

/** The mentor's availability: the week grid, the hours form, date overrides and the booking policy. */
export function AvailabilityForm({ mentorId }: { mentorId: string }) {
  const availability = useAvailability(mentorId);
  if (availability.isPending) return <LoadingState />;
  if (availability.isError) {
    return <QueryError error={availability.error} onRetry={() => void availability.refetch()} />;
  }
  return <AvailabilityEditor mentorId={mentorId} availability={availability.data} />;
}
