import type { Match, MatchStatus, UpdateMatchBody } from '@mentoring/contracts';
import { type FormEvent, memo, useId, useState } from 'react';
import {
  Button,
  Dialog,
  FieldError,
  Form,
  Heading,
  Label,
  Menu,
  MenuItem,
  MenuTrigger,
  Modal,
  ModalOverlay,
  Popover,
  Radio,
  RadioGroup,
  TextArea,
  TextField,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { SelectField } from '../../../components/select-field.tsx';
import { useMatches } from '../api/get-matches.ts';
import { useUpdateMatch } from '../api/update-match.ts';
import { matchingErrorMessage } from '../errors.ts';
import { useNumberFormat } from '../use-format.ts';

export interface MentorOption {
  mentorId: string;
  name: string;
  capacity: number;
}

const CURRENT: readonly MatchStatus[] = ['proposed', 'active', 'paused'];
export const END_REASONS = ['goals_reached', 'schedule', 'chemistry', 'left_program', 'other'] as const;
type EndReason = (typeof END_REASONS)[number];
type Action = 'publish' | 'pause' | 'resume' | 'complete' | 'end' | 'discard' | 'rematch';

function actionsFor(status: MatchStatus): Action[] {
  if (status === 'proposed') return ['publish', 'rematch', 'discard'];
  if (status === 'active') return ['pause', 'complete', 'end', 'rematch'];
  if (status === 'paused') return ['resume', 'complete', 'end', 'rematch'];
  return [];
}

/** A pair's end reason as a reader sees it: a known code in the UI language, free text as written. */
function useEndReasonLabel() {
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

function pairName(match: Match) {
  return { actor: match.actorName, mentor: match.mentorName };
}

/** Ending early needs a reason: one of the usual ones, or the coordinator's own words. */
function EndDialog({
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
function RematchDialog({
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

function MatchRows({
  matches,
  onAction,
}: {
  matches: readonly Match[];
  onAction?: (match: Match, action: Action) => void;
}) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const endReason = useEndReasonLabel();
  return (
    <tbody>
      {matches.map((match) => {
        const actions = actionsFor(match.status);
        return (
          <tr key={match.id}>
            <th scope="row">{match.actorName}</th>
            <td data-label={t('matching.saved.mentor')}>{match.mentorName}</td>
            <td data-label={t('matching.saved.status')}>
              <span className={`badge badge-match-${match.status}`}>
                {t(`matching.status.${match.status}`)}
              </span>
              {match.endedReason ? (
                <span className="muted ended-reason"> {endReason(match.endedReason)}</span>
              ) : null}
            </td>
            <td data-label={t('matching.saved.score')}>{match.score === null ? '–' : format(match.score)}</td>
            {onAction ? (
              <td className="cell-actions">
                {actions.length > 0 ? (
                  <MenuTrigger>
                    <Button
                      className="button button-secondary button-small"
                      aria-label={t('matching.saved.actionsLabel', pairName(match))}
                    >
                      {t('matching.saved.actions')}
                      <span className="select-arrow" aria-hidden="true" />
                    </Button>
                    <Popover className="popover" placement="bottom end">
                      <Menu className="menu" onAction={(key) => onAction(match, key as Action)}>
                        {actions.map((action) => (
                          <MenuItem key={action} id={action} className="menu-item">
                            {t(`matching.saved.action.${action}`)}
                          </MenuItem>
                        ))}
                      </Menu>
                    </Popover>
                  </MenuTrigger>
                ) : null}
              </td>
            ) : null}
          </tr>
        );
      })}
    </tbody>
  );
}

/** The program's saved pairs with their state, and what a coordinator can do to each. */
export const SavedMatches = memo(function SavedMatches({
  programId,
  mentors,
}: {
  programId: string;
  mentors: readonly MentorOption[];
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const pastId = useId();
  const matches = useMatches(programId);
  const update = useUpdateMatch(programId);
  const [dialog, setDialog] = useState<{ match: Match; kind: 'end' | 'rematch' } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const run = (match: Match, body: UpdateMatchBody, message: string) => {
    setDone(null);
    update.mutate(
      { matchId: match.id, body },
      {
        onSuccess: () => {
          setDone(message);
          setDialog(null);
        },
      },
    );
  };
  const closeDialog = () => {
    // A refusal shown in the dialog goes with it.
    update.reset();
    setDialog(null);
  };
  const onAction = (match: Match, action: Action) => {
    update.reset();
    const names = pairName(match);
    if (action === 'end' || action === 'rematch') {
      setDialog({ match, kind: action });
      return;
    }
    const status: Record<Exclude<Action, 'end' | 'rematch'>, MatchStatus> = {
      publish: 'active',
      pause: 'paused',
      resume: 'active',
      complete: 'completed',
      discard: 'ended',
    };
    run(match, { status: status[action] }, t(`matching.saved.done.${action}`, names));
  };

  const byActor = (a: Match, b: Match) => a.actorName.localeCompare(b.actorName);
  const all = matches.data ?? [];
  const current = all.filter((match) => CURRENT.includes(match.status)).sort(byActor);
  const past = all.filter((match) => !CURRENT.includes(match.status)).sort(byActor);
  const error = update.isError ? matchingErrorMessage(update.error, t) : null;
  const load = new Map<string, number>();
  for (const match of current) load.set(match.mentorId, (load.get(match.mentorId) ?? 0) + 1);

  return (
    <section aria-labelledby={headingId} className="card saved-matches">
      <h2 id={headingId}>{t('matching.saved.title')}</h2>
      {matches.isPending ? <LoadingState /> : null}
      {matches.isError ? <QueryError error={matches.error} onRetry={() => void matches.refetch()} /> : null}
      <div role="status" className="status-region">
        {done ? <p className="alert alert-success">{done}</p> : null}
      </div>
      <div role="alert" className="status-region">
        {error && !dialog ? <p className="alert alert-error">{error}</p> : null}
      </div>
      {matches.isSuccess && current.length === 0 ? <p>{t('matching.saved.none')}</p> : null}
      {current.length > 0 ? (
        <table className="table table-stack saved-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('matching.saved.actor')}</th>
              <th scope="col">{t('matching.saved.mentor')}</th>
              <th scope="col">{t('matching.saved.status')}</th>
              <th scope="col">{t('matching.saved.score')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('matching.saved.actions')}</span>
              </th>
            </tr>
          </thead>
          <MatchRows matches={current} onAction={onAction} />
        </table>
      ) : null}
      {past.length > 0 ? (
        <>
          <h3 id={pastId} className="matching-subheading">
            {t('matching.saved.past', { count: past.length })}
          </h3>
          <table className="table table-stack" aria-labelledby={pastId}>
            <thead>
              <tr>
                <th scope="col">{t('matching.saved.actor')}</th>
                <th scope="col">{t('matching.saved.mentor')}</th>
                <th scope="col">{t('matching.saved.status')}</th>
                <th scope="col">{t('matching.saved.score')}</th>
              </tr>
            </thead>
            <MatchRows matches={past} />
          </table>
        </>
      ) : null}
      {dialog?.kind === 'end' ? (
        <EndDialog
          match={dialog.match}
          onClose={closeDialog}
          onEnd={(reason) =>
            run(
              dialog.match,
              { status: 'ended', endedReason: reason },
              t('matching.saved.done.end', pairName(dialog.match)),
            )
          }
          isPending={update.isPending}
          error={error}
        />
      ) : null}
      {dialog?.kind === 'rematch' ? (
        <RematchDialog
          match={dialog.match}
          mentors={mentors}
          load={load}
          onClose={closeDialog}
          onRematch={(mentorId) =>
            run(dialog.match, { mentorId }, t('matching.saved.done.rematch', pairName(dialog.match)))
          }
          isPending={update.isPending}
          error={error}
        />
      ) : null}
    </section>
  );
});
