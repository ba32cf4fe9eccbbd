import type { Match, MatchStatus, UpdateMatchBody } from '@mentoring/contracts';
import { memo, useId, useState } from 'react';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useMatches } from '../api/get-matches.ts';
import { useUpdateMatch } from '../api/update-match.ts';
import { matchingErrorMessage } from '../errors.ts';
import { useNumberFormat } from '../use-format.ts';
import {
  EndDialog,
  type MentorOption,
  pairName,
  RematchDialog,
  useEndReasonLabel,
} from './saved-match-dialogs.tsx';

const CURRENT: readonly MatchStatus[] = ['proposed', 'active', 'paused'];
type Action = 'publish' | 'pause' | 'resume' | 'complete' | 'end' | 'discard' | 'rematch';

function actionsFor(status: MatchStatus): Action[] {
  if (status === 'proposed') return ['publish', 'rematch', 'discard'];
  if (status === 'active') return ['pause', 'complete', 'end', 'rematch'];
  if (status === 'paused') return ['resume', 'complete', 'end', 'rematch'];
  return [];
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
