import type { SupervisionGroup } from '@mentoring/contracts';
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
  TextField,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { useSubmitValidation } from '../../../lib/use-submit-validation.ts';
import { useParticipants } from '../../people/api/get-participants.ts';
import { useSaveGroup } from '../api/supervision-groups.ts';
import { eventsErrorMessage } from '../errors.ts';

/** Creates or edits a supervision group: its name, supervisor and members from the program's mentors and actors. */
export function GroupFormDialog({
  programId,
  group,
  onClose,
  onSaved,
}: {
  programId: string;
  group: SupervisionGroup | null;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const participants = useParticipants(programId);
  const save = useSaveGroup(programId);
  const [name, setName] = useState(group?.name ?? '');
  const [supervisorName, setSupervisorName] = useState(group?.supervisorName ?? '');
  const [memberIds, setMemberIds] = useState<string[]>(group?.members.map((m) => m.userId) ?? []);
  const [formError, setFormError] = useState<string | null>(null);
  const { visibleErrors, check } = useSubmitValidation({
    name: name.trim() ? null : t('validation.required'),
  });

  const options = (participants.data ?? [])
    .filter((person) => person.role !== 'coordinator')
    .sort((a, b) => a.name.localeCompare(b.name, i18n.language))
    .map((person) => ({ value: person.userId, label: `${person.name} (${t(`roles.${person.role}`)})` }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending || !check(event.currentTarget)) return;
    setFormError(null);
    save.mutate(
      {
        groupId: group?.id ?? null,
        body: { name: name.trim(), supervisorName: supervisorName.trim(), memberIds },
      },
      {
        onSuccess: (saved) => onSaved(t('events.groups.saved', { name: saved.name })),
        onError: (error) => setFormError(eventsErrorMessage(error, t)),
      },
    );
  }

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
            {group ? t('events.groups.editTitle') : t('events.groups.createTitle')}
          </Heading>
          <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
            <TextField
              className="field"
              name="name"
              value={name}
              onChange={setName}
              isRequired
              maxLength={200}
              isInvalid={Boolean(visibleErrors.name)}
            >
              <Label className="field-label">{t('events.groups.name')}</Label>
              <Input className="input" />
              <FieldError className="field-error">{visibleErrors.name}</FieldError>
            </TextField>
            <TextField
              className="field"
              name="supervisor"
              value={supervisorName}
              onChange={setSupervisorName}
              maxLength={200}
            >
              <Label className="field-label">{t('events.groups.supervisor')}</Label>
              <Input className="input" />
            </TextField>
            <ChoiceGroup
              name="members"
              label={t('events.groups.members')}
              options={options}
              value={memberIds}
              onChange={setMemberIds}
            />
            <div role="alert" className="status-region">
              {formError ? <p className="alert alert-error">{formError}</p> : null}
            </div>
            <div className="dialog-actions">
              <Button className="button button-secondary" onPress={onClose}>
                {t('events.form.cancel')}
              </Button>
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
