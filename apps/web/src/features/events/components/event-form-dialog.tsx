import type { CreateEventBody, Event, EventType, SupervisionGroup } from '@mentoring/contracts';
import { type FormEvent, useState } from 'react';
import {
  Button,
  Dialog,
  FieldError,
  Form,
  Heading,
  Input,
  Label,
  Modal,
  ModalOverlay,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/select-field.tsx';
import { timeZoneLabel } from '../../../lib/dates.ts';
import { useSubmitValidation } from '../../../lib/use-submit-validation.ts';
import { useSaveEvent } from '../api/save-event.ts';
import { eventsErrorMessage } from '../errors.ts';
import { instantToZonedInput, zonedInputToInstant } from '../time.ts';

/** react-aria needs a non-empty key for "no group". */
const NO_GROUP = 'none';
const TYPES: readonly EventType[] = ['workshop', 'networking', 'network_coffee', 'supervision', 'other'];

interface Draft {
  type: EventType;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  location: string;
  capacity: string;
  groupId: string;
}

function toDraft(event: Event | null, timeZone: string): Draft {
  return {
    type: event?.type ?? 'workshop',
    title: event?.title ?? '',
    description: event?.description ?? '',
    startsAt: event ? instantToZonedInput(event.startsAt, timeZone) : '',
    endsAt: event ? instantToZonedInput(event.endsAt, timeZone) : '',
    location: event?.location ?? '',
    capacity: event?.capacity === null || event === null ? '' : String(event.capacity),
    groupId: event?.supervisionGroupId ?? '',
  };
}

/** Creates an event, or edits `event`. Times are entered in the program's zone, which the form names. */
export function EventFormDialog({
  programId,
  timeZone,
  event,
  groups,
  onClose,
  onSaved,
}: {
  /** null: an organisation-wide event. */
  programId: string | null;
  timeZone: string;
  /** null: a new event. */
  event: Event | null;
  groups: readonly SupervisionGroup[];
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const save = useSaveEvent(programId);
  const [draft, setDraft] = useState(() => toDraft(event, timeZone));
  const [formError, setFormError] = useState<string | null>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const startsAt = zonedInputToInstant(draft.startsAt, timeZone);
  const endsAt = zonedInputToInstant(draft.endsAt, timeZone);
  const capacity = draft.capacity.trim() === '' ? null : Number(draft.capacity.trim());
  const capacityValid =
    capacity === null || (Number.isInteger(capacity) && capacity >= 1 && capacity <= 10_000);
  const { visibleErrors, check } = useSubmitValidation({
    type: null,
    title: draft.title.trim() ? null : t('validation.required'),
    startsAt: startsAt ? null : t('validation.required'),
    endsAt: !endsAt
      ? t('validation.required')
      : startsAt && endsAt <= startsAt
        ? t('events.form.endBeforeStart')
        : null,
    capacity: capacityValid ? null : t('events.form.capacityInvalid'),
  });

  function onSubmit(formEvent: FormEvent<HTMLFormElement>) {
    formEvent.preventDefault();
    if (save.isPending || !check(formEvent.currentTarget) || !startsAt || !endsAt) return;
    setFormError(null);
    const body: CreateEventBody = {
      programId,
      type: draft.type,
      title: draft.title.trim(),
      description: draft.description.trim(),
      startsAt,
      endsAt,
      location: draft.location.trim(),
      capacity,
      supervisionGroupId: draft.type === 'supervision' && draft.groupId ? draft.groupId : null,
    };
    save.mutate(
      { eventId: event?.id ?? null, body },
      {
        onSuccess: (saved) =>
          onSaved(t(event ? 'events.form.saved' : 'events.form.created', { title: saved.title })),
        onError: (error) => setFormError(eventsErrorMessage(error, t)),
      },
    );
  }

  const zone = timeZoneLabel(timeZone, i18n.language);
  return (
    <ModalOverlay
      isOpen
      onOpenChange={(open) => (open ? undefined : onClose())}
      isDismissable
      className="modal-overlay"
    >
      <Modal className="modal modal-wide">
        <Dialog className="dialog">
          <Heading slot="title" className="dialog-title">
            {event ? t('events.form.editTitle') : t('events.form.createTitle')}
          </Heading>
          <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
            <SelectField
              label={t('events.form.type')}
              name="type"
              value={draft.type}
              onChange={(value) => set('type', value)}
              options={TYPES.map((type) => ({ id: type, label: t(`events.type.${type}`) }))}
            />
            <TextField
              className="field"
              name="title"
              value={draft.title}
              onChange={(value) => set('title', value)}
              isRequired
              maxLength={200}
              isInvalid={Boolean(visibleErrors.title)}
            >
              <Label className="field-label">{t('events.form.title')}</Label>
              <Input className="input" />
              <FieldError className="field-error">{visibleErrors.title}</FieldError>
            </TextField>
            <TextField
              className="field"
              name="description"
              value={draft.description}
              onChange={(value) => set('description', value)}
              maxLength={5000}
            >
              <Label className="field-label">{t('events.form.description')}</Label>
              <TextArea className="input textarea" rows={3} />
            </TextField>
            <div className="field-grid">
              {(['startsAt', 'endsAt'] as const).map((key) => (
                <TextField
                  key={key}
                  className="field"
                  name={key}
                  type="datetime-local"
                  value={draft[key]}
                  onChange={(value) => set(key, value)}
                  isRequired
                  isInvalid={Boolean(visibleErrors[key])}
                >
                  <Label className="field-label">{t(`events.form.${key}`)}</Label>
                  <Input className="input" />
                  <Text slot="description" className="field-hint">
                    {t('events.form.timeHint', { zone })}
                  </Text>
                  <FieldError className="field-error">{visibleErrors[key]}</FieldError>
                </TextField>
              ))}
            </div>
            <TextField
              className="field"
              name="location"
              value={draft.location}
              onChange={(value) => set('location', value)}
              maxLength={500}
            >
              <Label className="field-label">{t('events.form.location')}</Label>
              <Input className="input" />
            </TextField>
            <TextField
              className="field"
              name="capacity"
              value={draft.capacity}
              onChange={(value) => set('capacity', value)}
              inputMode="numeric"
              isInvalid={Boolean(visibleErrors.capacity)}
            >
              <Label className="field-label">{t('events.form.capacity')}</Label>
              <Input className="input input-medium" />
              <Text slot="description" className="field-hint">
                {t('events.form.capacityHint')}
              </Text>
              <FieldError className="field-error">{visibleErrors.capacity}</FieldError>
            </TextField>
            {draft.type === 'supervision' ? (
              <SelectField
                label={t('events.form.group')}
                name="group"
                value={draft.groupId || NO_GROUP}
                onChange={(value) => set('groupId', value === NO_GROUP ? '' : value)}
                options={[
                  { id: NO_GROUP, label: t('events.form.groupNone') },
                  ...groups.map((group) => ({ id: group.id, label: group.name })),
                ]}
              />
            ) : null}
            <div role="alert" className="status-region">
              {formError ? <p className="alert alert-error">{formError}</p> : null}
            </div>
            <div className="dialog-actions">
              <Button className="button button-secondary" onPress={onClose}>
                {t('events.form.cancel')}
              </Button>
              {/* Disabled rather than isPending: react-aria announces a pending button by pointing at
                  a progress bar that is gone once the dialog closes, leaving an unnamed live node. */}
              <Button type="submit" className="button button-primary" isDisabled={save.isPending}>
                {t('events.form.save')}
              </Button>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
