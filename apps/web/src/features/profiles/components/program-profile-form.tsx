import type { ProfileView, Tag } from '@mentoring/contracts';
import { type FormEvent, useState } from 'react';
import { Button, Form, Input, Label, Text, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { NumberInputField } from '../../../components/number-input-field.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useSubmitValidation } from '../../../lib/use-submit-validation.ts';
import { useUpdateMyProfile } from '../api/update-my-profile.ts';
import { draftOf, type ProfileDraft, toUpdateBody } from '../profile-draft.ts';
import { MEETING_MODES, PROFILE_LANGUAGES, tagLabel, tagsOfKind } from '../profile-options.ts';
import { CompletenessSummary } from './completeness-summary.tsx';

const MAX_SECTORS = 10;
const MAX_TOPICS = 20;

/**
 * A mentor's or an actor's profile in one program: what matching reads. The completeness meter
 * follows the form as it is filled in. Conflicts of interest are editable only where the mentor can
 * see actors (their own, once matched); otherwise they are declared to the coordinator.
 */
export function ProgramProfileForm({
  programId,
  view,
  tags,
  visibleActors,
  isDisabled = false,
}: {
  programId: string;
  view: ProfileView;
  tags: readonly Tag[];
  visibleActors: readonly { userId: string; name: string }[];
  isDisabled?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const save = useUpdateMyProfile(programId);
  const [draft, setDraft] = useState(() => draftOf(view));
  const [savedDraft, setSavedDraft] = useState(draft);
  const [saved, setSaved] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const mentor = view.role === 'mentor';
  const language = i18n.language;
  const visibleIds = new Set(visibleActors.map((actor) => actor.userId));

  const { visibleErrors, check } = useSubmitValidation({
    sectors: draft.sectors.length > MAX_SECTORS ? t('myProfile.tooMany', { max: MAX_SECTORS }) : null,
    topics: draft.topics.length > MAX_TOPICS ? t('myProfile.tooMany', { max: MAX_TOPICS }) : null,
  });
  const errorFor = (field: 'sectors' | 'topics' | 'conflicts') =>
    (field === 'conflicts' ? null : visibleErrors[field]) || serverErrors[field];
  const tagChoices = (kind: Tag['kind']) =>
    tagsOfKind(tags, kind, language).map((tag) => ({ value: tag.slug, label: tagLabel(tag, language) }));

  function change(patch: Partial<ProfileDraft>) {
    setDraft((current) => ({ ...current, ...patch }));
    setSaved(false);
    setServerErrors({});
  }

  function failed(error: unknown) {
    if (error instanceof ApiError && error.code === 'unknown_reference') {
      // `sectors.2` → the sectors group; one message for each group with a stale choice.
      const fields = Object.keys(error.fieldErrors).map((path) => path.split('.')[0] ?? path);
      setServerErrors(Object.fromEntries(fields.map((field) => [field, t('myProfile.unknownChoice')])));
      setFormError(t('myProfile.unknownChoice'));
    } else if (error instanceof ApiError && error.code === 'program_archived') {
      setFormError(t('programForm.errors.archived'));
    } else {
      setFormError(
        error instanceof ApiError && error.isNetworkError ? t('errors.network') : t('errors.generic'),
      );
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending || !check(event.currentTarget)) return;
    setFormError(null);
    setServerErrors({});
    const body = toUpdateBody(draft, {
      role: view.role,
      tags,
      savedConflicts: view.profile.conflicts,
      visibleActorIds: visibleIds,
    });
    save.mutate(body, {
      onSuccess: () => {
        setSavedDraft(draft);
        setSaved(true);
      },
      onError: failed,
    });
  }

  return (
    <div className="profile-editor">
      <CompletenessSummary
        role={view.role}
        profile={{
          ...draft,
          capacity: mentor ? draft.capacity : null,
          yearsOfExperience: mentor ? null : draft.yearsOfExperience,
        }}
        unsaved={JSON.stringify(draft) !== JSON.stringify(savedDraft)}
      />
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <fieldset className="fieldset" disabled={isDisabled}>
          <legend className="visually-hidden">{t('myProfile.formLegend')}</legend>
          <div className="form">
            <TextField
              className="field"
              name="bio"
              value={draft.bio}
              onChange={(bio) => change({ bio })}
              maxLength={3000}
            >
              <Label className="field-label">{t('myProfile.bio')}</Label>
              <TextArea className="input textarea" rows={5} />
              <Text slot="description" className="field-hint">
                {mentor ? t('myProfile.bioHintMentor') : t('myProfile.bioHintActor')}
              </Text>
            </TextField>
            <ChoiceGroup
              name="sectors"
              label={t('myProfile.sectors')}
              description={t('myProfile.sectorsHint')}
              options={tagChoices('sector')}
              value={draft.sectors}
              onChange={(sectors) => change({ sectors })}
              error={errorFor('sectors')}
            />
            <ChoiceGroup
              name="topics"
              label={mentor ? t('myProfile.topicsMentor') : t('myProfile.topicsActor')}
              description={mentor ? t('myProfile.topicsMentorHint') : t('myProfile.topicsActorHint')}
              options={tagChoices('topic')}
              value={draft.topics}
              onChange={(topics) => change({ topics })}
              error={errorFor('topics')}
            />
            <ChoiceGroup
              name="languages"
              label={t('myProfile.languages')}
              options={PROFILE_LANGUAGES.map((value) => ({ value, label: t(`profileLanguages.${value}`) }))}
              value={draft.languages}
              onChange={(languages) => change({ languages })}
            />
            <TextField
              className="field"
              name="municipality"
              value={draft.municipality}
              onChange={(municipality) => change({ municipality })}
              maxLength={100}
              autoComplete="address-level2"
            >
              <Label className="field-label">{t('myProfile.municipality')}</Label>
              <Input className="input input-medium" />
            </TextField>
            <ChoiceGroup
              name="meetingModes"
              label={t('myProfile.meetingModes')}
              options={MEETING_MODES.map((value) => ({ value, label: t(`meetingModes.${value}`) }))}
              value={draft.meetingModes}
              onChange={(meetingModes) => change({ meetingModes })}
            />
            {mentor ? (
              <NumberInputField
                label={t('myProfile.capacity')}
                name="capacity"
                value={draft.capacity}
                onChange={(capacity) => change({ capacity })}
                minValue={0}
                maxValue={50}
                description={t('myProfile.capacityHint')}
              />
            ) : (
              <>
                <NumberInputField
                  label={t('myProfile.yearsOfExperience')}
                  name="yearsOfExperience"
                  value={draft.yearsOfExperience}
                  onChange={(yearsOfExperience) => change({ yearsOfExperience })}
                  minValue={0}
                  maxValue={80}
                />
                <TextField
                  className="field"
                  name="goals"
                  value={draft.goals}
                  onChange={(goals) => change({ goals })}
                  maxLength={3000}
                >
                  <Label className="field-label">{t('myProfile.goals')}</Label>
                  <TextArea className="input textarea" rows={5} />
                  <Text slot="description" className="field-hint">
                    {t('myProfile.goalsHint')}
                  </Text>
                </TextField>
              </>
            )}
            {mentor && visibleActors.length > 0 ? (
              <ChoiceGroup
                name="conflicts"
                label={t('myProfile.conflicts')}
                description={t('myProfile.conflictsHint')}
                options={visibleActors.map((actor) => ({ value: actor.userId, label: actor.name }))}
                value={draft.conflicts.filter((id) => visibleIds.has(id))}
                onChange={(conflicts) => change({ conflicts })}
                error={errorFor('conflicts')}
              />
            ) : null}
            {mentor && visibleActors.length === 0 ? (
              <p className="field-hint">{t('myProfile.conflictsToCoordinator')}</p>
            ) : null}
          </div>
        </fieldset>
        <div role="alert" className="status-region">
          {formError ? <p className="alert alert-error">{formError}</p> : null}
        </div>
        <div role="status" className="status-region">
          {saved ? (
            <p className="alert alert-success">
              {t('myProfile.saved', { percent: save.data?.completeness ?? view.completeness })}
            </p>
          ) : null}
        </div>
        <Button type="submit" className="button button-primary" isDisabled={isDisabled}>
          {t('myProfile.save')}
        </Button>
      </Form>
    </div>
  );
}
