import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  NewPasswordFields,
  type NewPasswordValues,
  useNewPasswordErrors,
} from '../../../components/new-password-fields.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useSubmitValidation } from '../../../lib/use-submit-validation.ts';
import { useResetPassword } from '../api/reset-password.ts';

/** A new password from an emailed link. A used or expired link says so and offers a new one. */
export function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const reset = useResetPassword(token);
  const [values, setValues] = useState<NewPasswordValues>({ password: '', confirmPassword: '' });
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<'done' | 'link-not-valid' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { visibleErrors, check } = useSubmitValidation(useNewPasswordErrors(values));

  if (outcome === 'done') {
    return (
      <div role="status">
        <p className="alert alert-success">{t('passwordReset.done')}</p>
        <p>
          <Link to="/login">{t('passwordReset.toLogin')}</Link>
        </p>
      </div>
    );
  }
  if (outcome === 'link-not-valid') {
    return (
      <div role="alert">
        <p className="alert alert-error">{t('passwordReset.linkNotValid')}</p>
        <p>
          <Link to="/forgot-password">{t('passwordReset.requestNew')}</Link>
        </p>
      </div>
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (reset.isPending || !check(event.currentTarget)) return;
    setError(null);
    setPasswordError(null);
    reset.mutate(values.password, {
      onSuccess: () => setOutcome('done'),
      onError: (cause) => {
        if (cause instanceof ApiError && cause.code === 'reset_link_not_valid') setOutcome('link-not-valid');
        else if (cause instanceof ApiError && cause.code === 'password_too_common')
          setPasswordError(t('profile.passwordTooCommon'));
        else if (cause instanceof ApiError && cause.status === 429) setError(t('login.tooManyAttempts'));
        else
          setError(
            cause instanceof ApiError && cause.isNetworkError ? t('errors.network') : t('errors.generic'),
          );
      },
    });
  }

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <NewPasswordFields
        values={values}
        onChange={(next) => {
          setValues(next);
          setPasswordError(null);
        }}
        errors={{
          password: visibleErrors.password || passwordError,
          confirmPassword: visibleErrors.confirmPassword,
        }}
      />
      <div role="alert" className="status-region">
        {error || passwordError ? <p className="alert alert-error">{error ?? passwordError}</p> : null}
      </div>
      <Button type="submit" className="button button-primary button-wide">
        {t('passwordReset.save')}
      </Button>
    </Form>
  );
}
