import type { RespondentRole, Survey } from '@mentoring/contracts';
import { type FormEvent, useState } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { SelectField } from '../../../components/select-field.tsx';
import { useParticipants } from '../../people/api/get-participants.ts';
import { useDeleteSurvey, useSendSurvey, useUpdateSurvey } from '../api/save-survey.ts';
import { dateToInstant, instantToDate, surveyErrorMessage } from '../format.ts';

type Audience = 'both' | 'actor' | 'mentor' | 'chosen';
const AUDIENCES: Record<Exclude<Audience, 'chosen'>, RespondentRole[]> = {
  both: ['actor', 'mentor'],
  actor: ['actor'],
  mentor: ['mentor'],
};

/** A draft: edit its title and dates, delete it, or send it to a role or to chosen participants. */
export function SurveyDraft({ programId, survey }: { programId: string; survey: Survey }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateSurvey(programId, survey.id);
  const remove = useDeleteSurvey(programId, survey.id);
  const send = useSendSurvey(programId, survey.id);
  const [titleFi, setTitleFi] = useState(survey.title.fi);
  const [titleEn, setTitleEn] = useState(survey.title.en);
  const [opensOn, setOpensOn] = useState(instantToDate(survey.opensAt));
  const [closesOn, setClosesOn] = useState(instantToDate(survey.closesAt));
  const [audience, setAudience] = useState<Audience>('both');
  const [chosen, setChosen] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const participants = useParticipants(programId, { enabled: audience === 'chosen' });
  const respondents = (participants.data ?? []).filter((p) => p.role !== 'coordinator');
  const sendBody = audience === 'chosen' ? { userIds: chosen } : { roles: AUDIENCES[audience] };
  const invalid = !titleFi.trim() || !titleEn.trim() || !opensOn || !closesOn || closesOn < opensOn;

  function save(event: FormEvent) {
    event.preventDefault();
    if (invalid) return;
    update.mutate({
      title: { fi: titleFi.trim(), en: titleEn.trim() },
      opensAt: dateToInstant(opensOn),
      closesAt: dateToInstant(closesOn, true),
    });
  }

  return (
    <>
      <section className="section" aria-labelledby="draft-heading">
        <h2 id="draft-heading">{t('surveys.manage.details')}</h2>
        <Form className="form form-compact" onSubmit={save}>
          <div className="field-grid">
            <TextField
              className="field"
              value={titleFi}
              onChange={setTitleFi}
              isRequired
              maxLength={200}
              lang="fi"
            >
              <Label className="field-label">{t('surveys.manage.titleFi')}</Label>
              <Input className="input" />
            </TextField>
            <TextField
              className="field"
              value={titleEn}
              onChange={setTitleEn}
              isRequired
              maxLength={200}
              lang="en"
            >
              <Label className="field-label">{t('surveys.manage.titleEn')}</Label>
              <Input className="input" />
            </TextField>
          </div>
          <div className="field-grid">
            <TextField className="field" type="date" value={opensOn} onChange={setOpensOn} isRequired>
              <Label className="field-label">{t('surveys.create.opensOn')}</Label>
              <Input className="input" />
            </TextField>
            <TextField className="field" type="date" value={closesOn} onChange={setClosesOn} isRequired>
              <Label className="field-label">{t('surveys.create.closesOn')}</Label>
              <Input className="input" />
            </TextField>
          </div>
          <div className="button-row">
            <Button type="submit" className="button button-primary" isDisabled={update.isPending}>
              {t('surveys.manage.save')}
            </Button>
            <Button
              className="button button-secondary"
              isDisabled={remove.isPending}
              onPress={() => setConfirming(true)}
            >
              {t('surveys.manage.delete')}
            </Button>
          </div>
          <div role="alert" className="status-region">
            {invalid ? t('surveys.errors.checkFields') : null}
            {update.isError ? surveyErrorMessage(update.error, t) : null}
          </div>
          <div role="status" className="status-region">
            {update.isSuccess ? t('surveys.manage.saved') : null}
          </div>
        </Form>
      </section>
      <ConfirmDialog
        isOpen={confirming}
        onOpenChange={setConfirming}
        title={t('surveys.manage.deleteConfirm')}
        confirmLabel={t('surveys.manage.delete')}
        cancelLabel={t('surveys.manage.cancel')}
        isPending={remove.isPending}
        error={remove.isError ? surveyErrorMessage(remove.error, t) : null}
        onConfirm={() =>
          remove.mutate(undefined, { onSuccess: () => navigate(`/programs/${programId}/surveys`) })
        }
      >
        <p>{t('surveys.manage.deleteBody')}</p>
      </ConfirmDialog>
      <section className="section" aria-labelledby="send-heading">
        <h2 id="send-heading">{t('surveys.manage.send')}</h2>
        <p className="field-hint">{t('surveys.manage.sendHint')}</p>
        <div className="results-toolbar">
          <SelectField
            label={t('surveys.manage.sendTo')}
            name="audience"
            value={audience}
            onChange={setAudience}
            options={(['both', 'actor', 'mentor', 'chosen'] as const).map((id) => ({
              id,
              label: t(`surveys.manage.roles.${id}`),
            }))}
          />
          <Button
            className="button button-primary"
            isDisabled={send.isPending || update.isPending || (audience === 'chosen' && chosen.length === 0)}
            onPress={() => send.mutate(sendBody)}
          >
            {t('surveys.manage.sendSubmit')}
          </Button>
        </div>
        {audience === 'chosen' ? (
          <ChoiceGroup
            name="recipients"
            label={t('surveys.manage.chosenLabel')}
            description={t('surveys.manage.chosenHint', { count: chosen.length })}
            options={respondents.map((p) => ({
              value: p.userId,
              label: `${p.name} (${t(`roleNames.${p.role}`)})`,
            }))}
            value={chosen}
            onChange={setChosen}
          />
        ) : null}
        <div role="alert" className="status-region">
          {send.isError ? surveyErrorMessage(send.error, t) : null}
        </div>
      </section>
    </>
  );
}
