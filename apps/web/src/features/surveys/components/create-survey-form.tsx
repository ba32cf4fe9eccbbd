import type { SurveyTemplateKind } from '@mentoring/contracts';
import { type FormEvent, useState } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SelectField } from '../../../components/select-field.tsx';
import { useCreateSurvey } from '../api/save-survey.ts';
import { dateToInstant, instantToDate, surveyErrorMessage } from '../format.ts';

const TEMPLATES: SurveyTemplateKind[] = ['start', 'mid', 'end', 'pulse'];
const DAY = 86_400_000;

/** A coordinator picks a template and a window; the draft opens for editing and sending. */
export function CreateSurveyForm({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateSurvey(programId);
  const [template, setTemplate] = useState<SurveyTemplateKind>('start');
  const [opensOn, setOpensOn] = useState(() => instantToDate(new Date().toISOString()));
  const [closesOn, setClosesOn] = useState(() =>
    instantToDate(new Date(Date.now() + 14 * DAY).toISOString()),
  );
  const closesBeforeOpen = closesOn !== '' && opensOn !== '' && closesOn < opensOn;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (closesBeforeOpen || !opensOn || !closesOn) return;
    create.mutate(
      { template, opensAt: dateToInstant(opensOn), closesAt: dateToInstant(closesOn, true) },
      { onSuccess: (survey) => survey && navigate(`/programs/${programId}/surveys/${survey.id}`) },
    );
  }

  return (
    <section className="section" aria-labelledby="create-survey-heading">
      <h2 id="create-survey-heading">{t('surveys.create.title')}</h2>
      <Form className="form form-compact" onSubmit={submit}>
        <div className="field-grid">
          <SelectField
            label={t('surveys.create.template')}
            name="template"
            value={template}
            onChange={setTemplate}
            options={TEMPLATES.map((kind) => ({ id: kind, label: t(`surveys.kind.${kind}`) }))}
          />
          <TextField
            className="field"
            name="opensOn"
            type="date"
            value={opensOn}
            onChange={setOpensOn}
            isRequired
          >
            <Label className="field-label">{t('surveys.create.opensOn')}</Label>
            <Input className="input" />
          </TextField>
          <TextField
            className="field"
            name="closesOn"
            type="date"
            value={closesOn}
            onChange={setClosesOn}
            isRequired
            isInvalid={closesBeforeOpen}
          >
            <Label className="field-label">{t('surveys.create.closesOn')}</Label>
            <Input className="input" />
          </TextField>
        </div>
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={create.isPending}>
            {t('surveys.create.submit')}
          </Button>
        </div>
        <div role="alert" className="status-region">
          {closesBeforeOpen ? t('surveys.errors.checkFields') : null}
          {create.isError ? surveyErrorMessage(create.error, t) : null}
        </div>
      </Form>
    </section>
  );
}
