import type { Tag } from '@mentoring/contracts';
import { type FormEvent, useId, useRef, useState } from 'react';
import { Button, FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client.ts';
import { useSubmitValidation } from '../../../lib/use-submit-validation.ts';
import { useUpdateTags } from '../api/update-tags.ts';
import { draftsOf, newTagKey, type TagDraft, type TagKind, toTags } from './vocabulary-model.ts';

const KINDS: readonly TagKind[] = ['sector', 'topic'];

/** The sectors and topics profiles choose from, each named in Finnish and English; saved all at once. */
export function VocabularyEditor({
  programId,
  tags,
  isDisabled = false,
}: {
  programId: string;
  tags: readonly Tag[];
  isDisabled?: boolean;
}) {
  const { t } = useTranslation();
  const update = useUpdateTags(programId);
  const [drafts, setDrafts] = useState(() => draftsOf(tags));
  const [addedKey, setAddedKey] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const addRefs = useRef<Partial<Record<TagKind, HTMLButtonElement | null>>>({});
  const headingIds = { sector: useId(), topic: useId() };

  const errors: Record<string, string | null> = {};
  for (const draft of drafts) {
    errors[`${draft.key}.fi`] = draft.labelFi.trim() ? null : t('validation.required');
    errors[`${draft.key}.en`] = draft.labelEn.trim() ? null : t('validation.required');
  }
  const { visibleErrors, check } = useSubmitValidation(errors);

  function edit(key: string, change: Partial<TagDraft>) {
    setDrafts((current) => current.map((draft) => (draft.key === key ? { ...draft, ...change } : draft)));
    setSaved(false);
  }

  function add(kind: TagKind) {
    const key = newTagKey();
    setAddedKey(key);
    setDrafts((current) => [...current, { key, kind, slug: '', labelFi: '', labelEn: '' }]);
    setSaved(false);
  }

  function remove(draft: TagDraft) {
    setDrafts((current) => current.filter((candidate) => candidate.key !== draft.key));
    setSaved(false);
    addRefs.current[draft.kind]?.focus();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending || !check(event.currentTarget)) return;
    setFormError(null);
    update.mutate(toTags(drafts), {
      onSuccess: (savedTags) => {
        setDrafts(draftsOf(savedTags));
        setSaved(true);
      },
      onError: (cause) => {
        if (cause instanceof ApiError && cause.code === 'duplicate_tag')
          setFormError(t('vocabulary.duplicate'));
        else if (cause instanceof ApiError && cause.code === 'program_archived')
          setFormError(t('programForm.errors.archived'));
        else
          setFormError(
            cause instanceof ApiError && cause.isNetworkError ? t('errors.network') : t('errors.generic'),
          );
      },
    });
  }

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      {KINDS.map((kind) => {
        const rows = drafts.filter((draft) => draft.kind === kind);
        return (
          <section key={kind} aria-labelledby={headingIds[kind]} className="section">
            <h2 id={headingIds[kind]}>{t(`vocabulary.heading.${kind}`)}</h2>
            <ul className="tag-rows">
              {rows.map((draft, index) => {
                const fiError = visibleErrors[`${draft.key}.fi`];
                const enError = visibleErrors[`${draft.key}.en`];
                const number = index + 1;
                return (
                  <li key={draft.key}>
                    <fieldset className="tag-row">
                      <legend className="visually-hidden">
                        {t(`vocabulary.rowLegend.${kind}`, { number })}
                      </legend>
                      <TextField
                        className="field"
                        name={`${draft.key}.fi`}
                        value={draft.labelFi}
                        onChange={(labelFi) => edit(draft.key, { labelFi })}
                        maxLength={80}
                        isRequired
                        isInvalid={Boolean(fiError)}
                        isDisabled={isDisabled}
                      >
                        <Label className="field-label">{t('vocabulary.labelFi')}</Label>
                        <Input className="input" lang="fi" autoFocus={draft.key === addedKey} />
                        <FieldError className="field-error">{fiError}</FieldError>
                      </TextField>
                      <TextField
                        className="field"
                        name={`${draft.key}.en`}
                        value={draft.labelEn}
                        onChange={(labelEn) => edit(draft.key, { labelEn })}
                        maxLength={80}
                        isRequired
                        isInvalid={Boolean(enError)}
                        isDisabled={isDisabled}
                      >
                        <Label className="field-label">{t('vocabulary.labelEn')}</Label>
                        <Input className="input" lang="en" />
                        <FieldError className="field-error">{enError}</FieldError>
                      </TextField>
                      <Button
                        className="button button-secondary button-small tag-remove"
                        onPress={() => remove(draft)}
                        isDisabled={isDisabled}
                        aria-label={t(`vocabulary.remove.${kind}`, {
                          label: draft.labelFi.trim() || draft.labelEn.trim() || String(number),
                        })}
                      >
                        {t('common.remove')}
                      </Button>
                    </fieldset>
                  </li>
                );
              })}
            </ul>
            <Button
              ref={(element) => {
                addRefs.current[kind] = element;
              }}
              className="button button-secondary"
              onPress={() => add(kind)}
              isDisabled={isDisabled}
            >
              {t(`vocabulary.add.${kind}`)}
            </Button>
          </section>
        );
      })}
      <div role="alert" className="status-region">
        {formError ? <p className="alert alert-error">{formError}</p> : null}
      </div>
      <div role="status" className="status-region">
        {saved ? <p className="alert alert-success">{t('vocabulary.saved')}</p> : null}
      </div>
      <Button type="submit" className="button button-primary" isDisabled={isDisabled}>
        {t('vocabulary.save')}
      </Button>
    </Form>
  );
}
