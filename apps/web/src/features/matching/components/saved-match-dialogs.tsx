// The end-early and re-match dialogs of the saved pairs list, and the labels they share with it.
import type { Match } from '@mentoring/contracts';
import { type FormEvent, useState } from 'react';
import {
  Button,
  Dialog,
  FieldError,
  Form,
  Heading,
  Label,
  Modal,
  ModalOverlay,
  Radio,
  RadioGroup,
  TextArea,
  TextField,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/select-field.tsx';
import { useNumberFormat } from '../use-format.ts';

export interface MentorOption {
  mentorId: string;
  name: string;
  capacity: number;
}

export const END_REASONS = ['goals_reached', 'schedule', 'chemistry', 'left_program', 'other'] as const;
type EndReason = (typeof END_REASONS)[number];

/** A pair's end reason as a reader sees it: a known code in the UI language, free text as written. */
export function useEndReasonLabel() {
  const { t } = useTranslation();
  return (reason: string | null) =>
    reason === null
      ? ''
      : (END_REASONS as readonly string[]).includes(reason)
        ? t(`matching.endReasons.${reason as EndReason}`)
        : reason === 'rematched'
          ? t('matching.saved.rematched')
          : reason;
}

export function pairName(match: Match) {
  return { actor: match.actorName, mentor: match.mentorName };
}

/** Ending early needs a reason: one of the usual ones, or the coordinator's own words. */
export function EndDialog({
  match,
  onClose,
  onEnd,
  isPending,
  error,
}: {
  match: Match;
  onClose: () => void;
  onEnd: (reason: string) => void;
  isPending: boolean;
  error: string | null;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<EndReason | null>(null);
  const [details, setDetails] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const reasonMissing = reason === null;
  const detailsMissing = reason === 'other' && details.trim() === '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (reasonMissing || detailsMissing) return;
    onEnd(reason === 'other' ? details.trim() : reason);
  };
  return (
    <ModalOverlay
      isOpen
      onOpenChange={(open) => (open ? undefined : onClose())}
      isDismissable={!isPending}
      className="modal-overlay"
    >
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title" className="dialog-title">
            {t('matching.saved.endTitle', pairName(match))}
          </Heading>
          <Form className="form" onSubmit={submit} validationBehavior="aria">
            <RadioGroup
              className="field"
              value={reason}
              onChange={(value) => setReason(value as EndReason)}
              isRequired
              isInvalid={submitted && reasonMissing}
            >
              <Label className="field-label">{t('matching.saved.endReason')}</Label>
              <div className="radio-stack">
                {END_REASONS.map((code) => (
                  <Radio key={code} value={code} className="radio">
                    {t(`matching.endReasons.${code}`)}
                  </Radio>
                ))}
              </div>
              <FieldError className="field-error">{t('matching.saved.endReasonRequired')}</FieldError>
            </RadioGroup>
            {reason === 'other' ? (
              <TextField
                className="field"
                value={details}
                onChange={setDetails}
                isRequired
                isInvalid={submitted && detailsMissing}
              >
                <Label className="field-label">{t('matching.saved.endDetails')}</Label>
                <TextArea className="input textarea" maxLength={500} rows={3} />
                <FieldError className="field-error">{t('validation.required')}</FieldError>
              </TextField>
            ) : null}
            <div role="alert" className="status-region">
              {error ? <p className="alert alert-error">{error}</p> : null}
            </div>
            <div className="dialog-actions">
              <Button className="button button-secondary" onPress={onClose} isDisabled={isPending}>
                {t('matching.confirm.cancel')}
              </Button>
              <Button type="submit" className="button button-danger" isPending={isPending}>
                {t('matching.saved.endConfirm')}
              </Button>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

/** Gives the actor another mentor: the current pair ends and a new one starts in the same state. */
export function RematchDialog({
  match,
  mentors,
  load,
  onClose,
  onRematch,
  isPending,
  error,
}: {
  match: Match;
  mentors: readonly MentorOption[];
  /** Places in use per mentor: their proposed, active and paused pairs. */
  load: ReadonlyMap<string, number>;
  onClose: () => void;
  onRematch: (mentorId: string) => void;
  isPending: boolean;
  error: string | null;
}) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const free = (mentor: MentorOption) => mentor.capacity - (load.get(mentor.mentorId) ?? 0);
  // Mentors with a free place first; full ones stay listed (and the server says no) for completeness.
  const options = mentors
    .filter((mentor) => mentor.mentorId !== match.mentorId)
    .sort((a, b) => Number(free(b) > 0) - Number(free(a) > 0))
    .map((mentor) => ({
      id: mentor.mentorId,
      label: t(free(mentor) > 0 ? 'matching.saved.mentorOption' : 'matching.saved.mentorOptionFull', {
        name: mentor.name,
        load: format(load.get(mentor.mentorId) ?? 0),
        capacity: format(mentor.capacity),
      }),
    }));
  const [mentorId, setMentorId] = useState(options[0]?.id ?? '');
  return (
    <ModalOverlay
      isOpen
      onOpenChange={(open) => (open ? undefined : onClose())}
      isDismissable={!isPending}
      className="modal-overlay"
    >
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title" className="dialog-title">
            {t('matching.saved.rematchTitle', pairName(match))}
          </Heading>
          <Form
            className="form"
            onSubmit={(event) => {
              event.preventDefault();
              if (mentorId) onRematch(mentorId);
            }}
          >
            <p>{t('matching.saved.rematchLead', pairName(match))}</p>
            <SelectField
              label={t('matching.saved.newMentor')}
              name="mentorId"
              value={mentorId}
              onChange={setMentorId}
              options={options}
            />
            <div role="alert" className="status-region">
              {error ? <p className="alert alert-error">{error}</p> : null}
            </div>
            <div className="dialog-actions">
              <Button className="button button-secondary" onPress={onClose} isDisabled={isPending}>
                {t('matching.confirm.cancel')}
              </Button>
              <Button
                type="submit"
                className="button button-primary"
                isPending={isPending}
                isDisabled={!mentorId}
              >
                {t('matching.saved.rematchConfirm')}
              </Button>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
