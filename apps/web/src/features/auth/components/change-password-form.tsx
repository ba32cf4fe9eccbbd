import { type FormEvent, useState } from 'react';
import { Button, FieldError, Form, Input, Label, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client.ts';
import { useSubmitValidation } from '../../../lib/use-submit-validation.ts';
import { PASSWORD_MIN_LENGTH, useChangePassword } from '../api/change-password.ts';

type PasswordField = 'currentPassword' | 'newPassword';
type ServerErrors = Partial<Record<PasswordField, string>>;

/** Current, new and repeated password. Client checks first; the server's verdicts land on their fields. */
export function ChangePasswordForm({ email }: { email: string }) {
  const { t } = useTranslation();
  const changePassword = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [serverErrors, setServerErrors] = useState<ServerErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);

  const { visibleErrors, check, reset } = useSubmitValidation({
    currentPassword: currentPassword ? null : t('validation.required'),
    newPassword: !newPassword
      ? t('validation.required')
      : newPassword.length < PASSWORD_MIN_LENGTH
        ? t('validation.passwordMin', { min: PASSWORD_MIN_LENGTH })
        : null,
    confirmPassword: !confirmPassword
      ? t('validation.required')
      : confirmPassword !== newPassword
        ? t('validation.passwordMismatch')
        : null,
  });
  const errors = {
    currentPassword: visibleErrors.currentPassword || serverErrors.currentPassword,
    newPassword: visibleErrors.newPassword || serverErrors.newPassword,
    confirmPassword: visibleErrors.confirmPassword,
  };

  function edited(field?: PasswordField) {
    if (field) setServerErrors(({ [field]: _cleared, ...rest }) => rest);
    setChanged(false);
  }

  function toServerErrors(error: unknown): ServerErrors | string {
    if (!(error instanceof ApiError)) return t('errors.generic');
    if (error.isNetworkError) return t('errors.network');
    if (error.code === 'wrong_password') return { currentPassword: t('profile.wrongPassword') };
    if (error.code === 'password_too_common') return { newPassword: t('profile.passwordTooCommon') };
    const fields: ServerErrors = {};
    if (error.fieldErrors.currentPassword) fields.currentPassword = t('validation.invalid');
    if (error.fieldErrors.newPassword) fields.newPassword = t('validation.invalid');
    return Object.keys(fields).length > 0 ? fields : t('errors.generic');
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (changePassword.isPending || !check(event.currentTarget)) return;
    setServerErrors({});
    setFormError(null);
    setChanged(false);
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword('');
          setNewPassword('');
          setConfirmPassword('');
          reset();
          setChanged(true);
        },
        onError: (error) => {
          const result = toServerErrors(error);
          if (typeof result === 'string') setFormError(result);
          else setServerErrors(result);
        },
      },
    );
  }

  const serverMessages = [serverErrors.currentPassword, serverErrors.newPassword, formError].filter(Boolean);

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      {/* The server's verdict is announced here, and also shown next to its field. */}
      <div role="alert" className="status-region">
        {serverMessages.length > 0 ? (
          <div className="alert alert-error">
            {serverMessages.map((message) => (
              <p key={message}>{message}</p>
            ))}
          </div>
        ) : null}
      </div>
      <TextField
        className="field"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        isRequired
        value={currentPassword}
        onChange={(value) => {
          setCurrentPassword(value);
          edited('currentPassword');
        }}
        isInvalid={Boolean(errors.currentPassword)}
      >
        <Label className="field-label">{t('profile.currentPassword')}</Label>
        <Input className="input" />
        <FieldError className="field-error">{errors.currentPassword}</FieldError>
      </TextField>
      <TextField
        className="field"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        isRequired
        value={newPassword}
        onChange={(value) => {
          setNewPassword(value);
          edited('newPassword');
        }}
        isInvalid={Boolean(errors.newPassword)}
      >
        <Label className="field-label">{t('profile.newPassword')}</Label>
        <Input className="input" />
        <Text slot="description" className="field-hint">
          {t('profile.newPasswordHint', { min: PASSWORD_MIN_LENGTH })}
        </Text>
        <FieldError className="field-error">{errors.newPassword}</FieldError>
      </TextField>
      <TextField
        className="field"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        isRequired
        value={confirmPassword}
        onChange={(value) => {
          setConfirmPassword(value);
          edited();
        }}
        isInvalid={Boolean(errors.confirmPassword)}
      >
        <Label className="field-label">{t('profile.confirmPassword')}</Label>
        <Input className="input" />
        <FieldError className="field-error">{errors.confirmPassword}</FieldError>
      </TextField>
      <div role="status" className="status-region">
        {changed ? <p className="alert alert-success">{t('profile.passwordChanged')}</p> : null}
      </div>
      <Button type="submit" className="button button-primary">
        {t('profile.changePassword')}
      </Button>
    </Form>
  );
}
