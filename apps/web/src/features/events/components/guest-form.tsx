import { type FormEvent, useId, useState } from 'react';
import { Button, Checkbox, FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client.ts';
import { isEmail, useSubmitValidation } from '../../../lib/use-submit-validation.ts';
import { useAddGuest } from '../api/attendance.ts';
import { eventsErrorMessage } from '../errors.ts';

/** Records an attendee without an account: name, optional email, student or not. */
export function GuestForm({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const add = useAddGuest(eventId);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [isStudent, setIsStudent] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const trimmedEmail = email.trim();
  const { visibleErrors, check, reset } = useSubmitValidation({
    guestName: name.trim() ? null : t('validation.required'),
    guestEmail: !trimmedEmail || isEmail(trimmedEmail) ? null : t('validation.email'),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending || !check(event.currentTarget)) return;
    setFormError(null);
    setAdded(null);
    const guest = name.trim();
    add.mutate(
      { name: guest, email: trimmedEmail || null, isStudent },
      {
        onSuccess: () => {
          setAdded(t('events.guest.added', { name: guest }));
          setName('');
          setEmail('');
          setIsStudent(false);
          reset();
        },
        onError: (error) =>
          setFormError(
            error instanceof ApiError && error.fieldErrors.email
              ? t('validation.email')
              : eventsErrorMessage(error, t),
          ),
      },
    );
  }

  return (
    <section className="section card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('events.guest.title')}</h2>
      <p className="muted">{t('events.guest.lead')}</p>
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <div className="field-grid">
          <TextField
            className="field"
            name="guestName"
            value={name}
            onChange={setName}
            isRequired
            maxLength={200}
            autoComplete="off"
            isInvalid={Boolean(visibleErrors.guestName)}
          >
            <Label className="field-label">{t('events.guest.name')}</Label>
            <Input className="input" />
            <FieldError className="field-error">{visibleErrors.guestName}</FieldError>
          </TextField>
          <TextField
            className="field"
            name="guestEmail"
            type="email"
            value={email}
            onChange={setEmail}
            autoComplete="off"
            isInvalid={Boolean(visibleErrors.guestEmail)}
          >
            <Label className="field-label">{t('events.guest.email')}</Label>
            <Input className="input" spellCheck={false} autoCapitalize="none" />
            <FieldError className="field-error">{visibleErrors.guestEmail}</FieldError>
          </TextField>
        </div>
        <Checkbox className="checkbox" isSelected={isStudent} onChange={setIsStudent}>
          {t('events.guest.student')}
        </Checkbox>
        <div role="alert" className="status-region">
          {formError ? <p className="alert alert-error">{formError}</p> : null}
        </div>
        <Button type="submit" className="button button-primary" isDisabled={add.isPending}>
          {t('events.guest.submit')}
        </Button>
        <div role="status" className="status-region">
          {added ? <p className="alert alert-success">{added}</p> : null}
        </div>
      </Form>
    </section>
  );
}
