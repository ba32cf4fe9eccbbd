import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '../lib/password.ts';

export interface NewPasswordValues {
  password: string;
  confirmPassword: string;
}

/** Client checks for a new password and its repetition, as messages in field order. */
export function useNewPasswordErrors({ password, confirmPassword }: NewPasswordValues) {
  const { t } = useTranslation();
  return {
    password: !password
      ? t('validation.required')
      : password.length < PASSWORD_MIN_LENGTH
        ? t('validation.passwordMin', { min: PASSWORD_MIN_LENGTH })
        : null,
    confirmPassword: !confirmPassword
      ? t('validation.required')
      : confirmPassword !== password
        ? t('validation.passwordMismatch')
        : null,
  };
}

/** "New password" with its length hint, and "Repeat new password"; named `password` and `confirmPassword`. */
export function NewPasswordFields({
  values,
  onChange,
  errors,
}: {
  values: NewPasswordValues;
  onChange: (values: NewPasswordValues) => void;
  errors: Partial<Record<keyof NewPasswordValues, string | null | undefined>>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        className="field"
        name="password"
        type="password"
        autoComplete="new-password"
        isRequired
        value={values.password}
        onChange={(password) => onChange({ ...values, password })}
        isInvalid={Boolean(errors.password)}
      >
        <Label className="field-label">{t('profile.newPassword')}</Label>
        <Input className="input" />
        <Text slot="description" className="field-hint">
          {t('profile.newPasswordHint', { min: PASSWORD_MIN_LENGTH })}
        </Text>
        <FieldError className="field-error">{errors.password}</FieldError>
      </TextField>
      <TextField
        className="field"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        isRequired
        value={values.confirmPassword}
        onChange={(confirmPassword) => onChange({ ...values, confirmPassword })}
        isInvalid={Boolean(errors.confirmPassword)}
      >
        <Label className="field-label">{t('profile.confirmPassword')}</Label>
        <Input className="input" />
        <FieldError className="field-error">{errors.confirmPassword}</FieldError>
      </TextField>
    </>
  );
}
