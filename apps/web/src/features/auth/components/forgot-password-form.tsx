import { type FormEvent, useState } from 'react';
import { Button, FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client.ts';
import { isEmail, useSubmitValidation } from '../../../lib/use-submit-validation.ts';
import { useRequestPasswordReset } from '../api/request-password-reset.ts';

/**
 * Asks for a reset link. The answer is the same whether or not the address has an account, so the
 * page cannot be used to find out who does.
 */
export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const trimmed = email.trim();
  const { visibleErrors, check } = useSubmitValidation({
    email: !trimmed ? t('validation.required') : isEmail(trimmed) ? null : t('validation.email'),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (request.isPending || !check(event.currentTarget)) return;
    setError(null);
    setSent(false);
    request.mutate(trimmed, {
      onSuccess: () => setSent(true),
      onError: (cause) =>
        setError(
          cause instanceof ApiError && cause.status === 429
            ? t('login.tooManyAttempts')
            : cause instanceof ApiError && cause.isNetworkError
              ? t('errors.network')
              : t('errors.generic'),
        ),
    });
  }

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <TextField
        className="field"
        name="email"
        type="email"
        autoComplete="username"
        isRequired
        value={email}
        onChange={(value) => {
          setEmail(value);
          setSent(false);
        }}
        isInvalid={Boolean(visibleErrors.email)}
      >
        <Label className="field-label">{t('login.email')}</Label>
        <Input className="input" spellCheck={false} autoCapitalize="none" />
        <FieldError className="field-error">{visibleErrors.email}</FieldError>
      </TextField>
      <div role="alert" className="status-region">
        {error ? <p className="alert alert-error">{error}</p> : null}
      </div>
      <div role="status" className="status-region">
        {sent ? <p className="alert alert-success">{t('passwordReset.sent')}</p> : null}
      </div>
      <Button type="submit" className="button button-primary button-wide">
        {t('passwordReset.send')}
      </Button>
    </Form>
  );
}
