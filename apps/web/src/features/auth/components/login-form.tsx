import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Button, FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client.ts';
import { isEmail, useSubmitValidation } from '../../../lib/use-submit-validation.ts';
import { useLogin } from '../api/login.ts';

type LoginErrorKey =
  | 'login.invalidCredentials'
  | 'login.tooManyAttempts'
  | 'errors.network'
  | 'errors.generic';

/** One message for unknown email and wrong password alike, so the form does not reveal who has an account. */
function loginErrorKey(error: unknown): LoginErrorKey {
  if (!(error instanceof ApiError)) return 'errors.generic';
  if (error.isNetworkError) return 'errors.network';
  if (error.status === 401 || error.status === 400) return 'login.invalidCredentials';
  if (error.status === 429) return 'login.tooManyAttempts';
  return 'errors.generic';
}

/** Email and password. A successful sign-in starts the session; the route decides where to go next. */
export function LoginForm() {
  const { t } = useTranslation();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errorKey, setErrorKey] = useState<LoginErrorKey | null>(null);
  const [failures, setFailures] = useState(0);
  const errorRef = useRef<HTMLDivElement>(null);

  const trimmedEmail = email.trim();
  const { visibleErrors, check } = useSubmitValidation({
    email: !trimmedEmail ? t('validation.required') : isEmail(trimmedEmail) ? null : t('validation.email'),
    password: password ? null : t('validation.required'),
  });

  // Move focus to the error after every failed attempt, even when the message is the same as before.
  useEffect(() => {
    if (failures > 0) errorRef.current?.focus();
  }, [failures]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (login.isPending || !check(event.currentTarget)) return;
    setErrorKey(null);
    login.mutate(
      { email: trimmedEmail, password },
      {
        onError: (error) => {
          setErrorKey(loginErrorKey(error));
          setFailures((count) => count + 1);
        },
      },
    );
  }

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      {errorKey ? (
        <div ref={errorRef} className="alert alert-error" role="alert" tabIndex={-1}>
          {t(errorKey)}
        </div>
      ) : null}
      <TextField
        className="field"
        name="email"
        type="email"
        autoComplete="username"
        isRequired
        value={email}
        onChange={setEmail}
        isInvalid={Boolean(visibleErrors.email)}
      >
        <Label className="field-label">{t('login.email')}</Label>
        <Input className="input" spellCheck={false} autoCapitalize="none" />
        <FieldError className="field-error">{visibleErrors.email}</FieldError>
      </TextField>
      <TextField
        className="field"
        name="password"
        type="password"
        autoComplete="current-password"
        isRequired
        value={password}
        onChange={setPassword}
        isInvalid={Boolean(visibleErrors.password)}
      >
        <Label className="field-label">{t('login.password')}</Label>
        <Input className="input" />
        <FieldError className="field-error">{visibleErrors.password}</FieldError>
      </TextField>
      <Button type="submit" className="button button-primary button-wide">
        {t('login.submit')}
      </Button>
    </Form>
  );
}
