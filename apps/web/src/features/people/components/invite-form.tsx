import type { CreatedInvitation, ParticipantRole } from '@mentoring/contracts';
import { type FormEvent, useState } from 'react';
import { Button, FieldError, Form, Input, Label, Radio, RadioGroup, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client.ts';
import { isEmail, useSubmitValidation } from '../../../lib/use-submit-validation.ts';
import { useCreateInvitation } from '../api/create-invitation.ts';
import { InviteLink } from './invite-link.tsx';

const ROLES: readonly ParticipantRole[] = ['actor', 'mentor', 'coordinator'];

/** Name, email and role. The answer's link is shown with a copy button; the form empties for the next person. */
export function InviteForm({ programId, isDisabled = false }: { programId: string; isDisabled?: boolean }) {
  const { t } = useTranslation();
  const invite = useCreateInvitation(programId);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<ParticipantRole>('actor');
  const [emailError, setEmailError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);

  const trimmedEmail = email.trim();
  const { visibleErrors, check, reset } = useSubmitValidation({
    name: name.trim() ? null : t('validation.required'),
    email: !trimmedEmail ? t('validation.required') : isEmail(trimmedEmail) ? null : t('validation.email'),
  });
  const emailMessage = visibleErrors.email || emailError;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (invite.isPending || !check(event.currentTarget)) return;
    setFormError(null);
    setEmailError(null);
    invite.mutate(
      { name: name.trim(), email: trimmedEmail, role },
      {
        onSuccess: (result) => {
          setCreated(result);
          setName('');
          setEmail('');
          reset();
        },
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'already_member')
            setEmailError(t('invite.alreadyMember'));
          else if (error instanceof ApiError && error.fieldErrors.email) setEmailError(t('validation.email'));
          else if (error instanceof ApiError && error.code === 'program_archived')
            setFormError(t('programForm.errors.archived'));
          else
            setFormError(
              error instanceof ApiError && error.isNetworkError ? t('errors.network') : t('errors.generic'),
            );
        },
      },
    );
  }

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <div className="field-grid">
        <TextField
          className="field"
          name="name"
          value={name}
          onChange={setName}
          isRequired
          maxLength={200}
          autoComplete="off"
          isInvalid={Boolean(visibleErrors.name)}
          isDisabled={isDisabled}
        >
          <Label className="field-label">{t('invite.name')}</Label>
          <Input className="input" />
          <FieldError className="field-error">{visibleErrors.name}</FieldError>
        </TextField>
        <TextField
          className="field"
          name="email"
          type="email"
          value={email}
          onChange={(value) => {
            setEmail(value);
            setEmailError(null);
          }}
          isRequired
          autoComplete="off"
          isInvalid={Boolean(emailMessage)}
          isDisabled={isDisabled}
        >
          <Label className="field-label">{t('invite.email')}</Label>
          <Input className="input" spellCheck={false} autoCapitalize="none" />
          <FieldError className="field-error">{emailMessage}</FieldError>
        </TextField>
      </div>
      <RadioGroup
        className="field"
        name="role"
        value={role}
        onChange={(value) => setRole(ROLES.find((candidate) => candidate === value) ?? 'actor')}
        orientation="horizontal"
        isDisabled={isDisabled}
      >
        <Label className="field-label">{t('invite.role')}</Label>
        <div className="radio-options">
          {ROLES.map((option) => (
            <Radio key={option} value={option} className="radio">
              {t(`roleNames.${option}`)}
            </Radio>
          ))}
        </div>
      </RadioGroup>
      <div role="alert" className="status-region">
        {formError ? <p className="alert alert-error">{formError}</p> : null}
      </div>
      <Button type="submit" className="button button-primary" isDisabled={isDisabled}>
        {t('invite.submit')}
      </Button>
      <div role="status" className="status-region">
        {created ? (
          <p className="alert alert-success">
            {t('invite.created', { name: created.invitation.name, email: created.invitation.email })}
          </p>
        ) : null}
      </div>
      {created ? <InviteLink url={created.inviteUrl} name={created.invitation.name} /> : null}
    </Form>
  );
}
