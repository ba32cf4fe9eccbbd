import type { Locale, Me } from '@mentoring/contracts';
import { type FormEvent, useEffect, useState } from 'react';
import { Button, FieldError, Form, Input, Label, Radio, RadioGroup, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage } from '../../../i18n/index.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { useSubmitValidation } from '../../../lib/use-submit-validation.ts';
import { useUpdateMe } from '../api/update-me.ts';

const NAME_MAX_LENGTH = 200;

/** Name and language. Saving the language also switches the UI to it. */
export function ProfileForm({ user }: { user: Me['user'] }) {
  const { t } = useTranslation();
  const updateMe = useUpdateMe();
  const [name, setName] = useState(user.name);
  const [locale, setLocale] = useState<Locale>(user.locale);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { visibleErrors, check } = useSubmitValidation({
    name: name.trim() ? null : t('validation.required'),
  });

  // The header's language switch also saves the locale; keep this form's choice in step with it.
  useEffect(() => setLocale(user.locale), [user.locale]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (updateMe.isPending || !check(event.currentTarget)) return;
    setSaved(false);
    setError(null);
    updateMe.mutate(
      { name: name.trim(), locale },
      {
        onSuccess: async (me) => {
          await setLanguage(me.user.locale);
          setSaved(true);
        },
        onError: (cause) =>
          setError(
            cause instanceof ApiError && cause.isNetworkError ? t('errors.network') : t('errors.generic'),
          ),
      },
    );
  }

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <dl className="facts">
        <div>
          <dt>{t('profile.email')}</dt>
          <dd>
            {user.email}
            <span className="field-hint">{t('profile.emailHint')}</span>
          </dd>
        </div>
      </dl>
      <TextField
        className="field"
        name="name"
        value={name}
        onChange={(value) => {
          setName(value);
          setSaved(false);
        }}
        isRequired
        maxLength={NAME_MAX_LENGTH}
        autoComplete="name"
        isInvalid={Boolean(visibleErrors.name)}
      >
        <Label className="field-label">{t('profile.name')}</Label>
        <Input className="input" />
        <FieldError className="field-error">{visibleErrors.name}</FieldError>
      </TextField>
      <RadioGroup
        className="field radio-group"
        name="locale"
        value={locale}
        onChange={(value) => {
          setLocale(value === 'en' ? 'en' : 'fi');
          setSaved(false);
        }}
      >
        <Label className="field-label">{t('profile.language')}</Label>
        <div className="radio-options">
          {LANGUAGES.map((language) => (
            <Radio key={language} value={language} className="radio" lang={language}>
              {t(`language.${language}`)}
            </Radio>
          ))}
        </div>
      </RadioGroup>
      {error ? (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      <div role="status" className="status-region">
        {saved ? <p className="alert alert-success">{t('profile.saved')}</p> : null}
      </div>
      <Button type="submit" className="button button-primary">
        {t('profile.save')}
      </Button>
    </Form>
  );
}
