import type { InvitationPreview, User } from '@mentoring/contracts';
import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { Button, FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  NewPasswordFields,
  type NewPasswordValues,
  useNewPasswordErrors,
} from '../../../components/new-password-fields.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useSubmitValidation } from '../../../lib/use-submit-validation.ts';
import { type AcceptedInvitation, useAcceptInvitation } from '../api/accept-invitation.ts';

interface AcceptProps {
  token: string;
  preview: InvitationPreview;
  onAccepted: (result: AcceptedInvitation) => void;
}

function SignInToAccept({ token, email }: { token: string; email: string }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('acceptInvite.accountExists', { email })}</p>
      <p>
        <Link
          className="button button-primary"
          to="/login"
          state={{ from: { pathname: `/invite/${token}` } }}
        >
          {t('acceptInvite.signInToAccept')}
        </Link>
      </p>
    </>
  );
}

// TFunction, not ReturnType<useTranslation>['t']: the latter makes TypeScript expand every key
// of the (large) resources type and give up with "excessively deep".
function failure(error: unknown, t: TFunction): string {
  if (error instanceof ApiError && error.isNetworkError) return t('errors.network');
  if (error instanceof ApiError && error.code === 'invitation_not_valid') return t('acceptInvite.notValid');
  return t('errors.generic');
}

/** Signed in: one button joins the program with this account. */
function AcceptSignedIn({ token, preview, onAccepted, user }: AcceptProps & { user: User }) {
  const { t } = useTranslation();
  const accept = useAcceptInvitation(token);
  const [error, setError] = useState<string | null>(null);
  const otherEmail = user.email.toLowerCase() !== preview.email.toLowerCase();
  return (
    <>
      <p>{t('acceptInvite.signedInAs', { name: user.name, email: user.email })}</p>
      {otherEmail ? (
        <p className="alert alert-info">
          {t('acceptInvite.otherEmail', { invited: preview.email, email: user.email })}
        </p>
      ) : null}
      <div role="alert" className="status-region">
        {error ? <p className="alert alert-error">{error}</p> : null}
      </div>
      <Button
        className="button button-primary"
        onPress={() => {
          if (accept.isPending) return;
          accept.mutate(
            { body: {}, signedIn: true },
            { onSuccess: onAccepted, onError: (cause) => setError(failure(cause, t)) },
          );
        }}
      >
        {t('acceptInvite.accept')}
      </Button>
    </>
  );
}

/** Signed out, no account yet: name and password create one, which is signed in at once. */
function CreateAccount({ token, preview, onAccepted }: AcceptProps) {
  const { t } = useTranslation();
  const accept = useAcceptInvitation(token);
  const [name, setName] = useState(preview.name);
  const [passwords, setPasswords] = useState<NewPasswordValues>({ password: '', confirmPassword: '' });
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [accountExists, setAccountExists] = useState(false);
  const passwordErrors = useNewPasswordErrors(passwords);
  const { visibleErrors, check } = useSubmitValidation({
    name: name.trim() ? null : t('validation.required'),
    ...passwordErrors,
  });

  if (accountExists) return <SignInToAccept token={token} email={preview.email} />;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (accept.isPending || !check(event.currentTarget)) return;
    setFormError(null);
    setPasswordError(null);
    accept.mutate(
      { body: { name: name.trim(), password: passwords.password }, signedIn: false },
      {
        onSuccess: onAccepted,
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'account_exists') setAccountExists(true);
          else if (error instanceof ApiError && error.code === 'password_too_common')
            setPasswordError(t('profile.passwordTooCommon'));
          else setFormError(failure(error, t));
        },
      },
    );
  }

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <p>{t('acceptInvite.createLead')}</p>
      <dl className="facts">
        <div>
          <dt>{t('login.email')}</dt>
          <dd>{preview.email}</dd>
        </div>
      </dl>
      {/* Lets password managers file the new password under the invited email. */}
      <input type="text" name="username" autoComplete="username" value={preview.email} readOnly hidden />
      <TextField
        className="field"
        name="name"
        value={name}
        onChange={setName}
        isRequired
        maxLength={200}
        autoComplete="name"
        isInvalid={Boolean(visibleErrors.name)}
      >
        <Label className="field-label">{t('profile.name')}</Label>
        <Input className="input" />
        <FieldError className="field-error">{visibleErrors.name}</FieldError>
      </TextField>
      <NewPasswordFields
        values={passwords}
        onChange={(values) => {
          setPasswords(values);
          setPasswordError(null);
        }}
        errors={{
          password: visibleErrors.password || passwordError,
          confirmPassword: visibleErrors.confirmPassword,
        }}
      />
      <div role="alert" className="status-region">
        {formError || passwordError ? (
          <p className="alert alert-error">{formError ?? passwordError}</p>
        ) : null}
      </div>
      <Button type="submit" className="button button-primary button-wide">
        {t('acceptInvite.create')}
      </Button>
    </Form>
  );
}

/**
 * What an invitation link leads to: who is invited to which program as what, and the one way on
 * that fits: join with the signed-in account, sign in first, or create an account here.
 */
export function AcceptInvitation({ token, preview, user, onAccepted }: AcceptProps & { user: User | null }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="lead">
        {t('acceptInvite.lead', {
          name: preview.name,
          program: preview.programName,
          role: t(`roles.${preview.role}`),
        })}
      </p>
      {user ? (
        <AcceptSignedIn token={token} preview={preview} onAccepted={onAccepted} user={user} />
      ) : preview.accountExists ? (
        <SignInToAccept token={token} email={preview.email} />
      ) : (
        <CreateAccount token={token} preview={preview} onAccepted={onAccepted} />
      )}
    </>
  );
}
