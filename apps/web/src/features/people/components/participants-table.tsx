import type { Participant, ParticipantRole } from '@mentoring/contracts';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Input, Label, Radio, RadioGroup, SearchField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CompletenessMeter } from '../../../components/completeness-meter.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { formatInstantDate } from '../../../lib/dates.ts';
import { useRemoveParticipant } from '../api/remove-participant.ts';

type RoleFilter = ParticipantRole | 'all';
const FILTERS: readonly RoleFilter[] = ['all', 'coordinator', 'mentor', 'actor'];

/** Case- and accent-insensitive: "aho" finds "Åhö". */
function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const ROLE_ORDER: Record<ParticipantRole, number> = { coordinator: 0, mentor: 1, actor: 2 };

/** The people matching the search and role, coordinators first, then mentors, then actors, by name. */
export function filterParticipants(
  participants: readonly Participant[],
  query: string,
  role: RoleFilter,
  language: string,
): Participant[] {
  const needle = normalize(query.trim());
  return participants
    .filter(
      (person) =>
        (role === 'all' || person.role === role) &&
        (!needle || normalize(`${person.name} ${person.email ?? ''}`).includes(needle)),
    )
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name, language));
}

/**
 * The program's people: search by name or email, filter by role, profile completeness, and removal
 * behind a confirmation. A name opens the person's profile.
 */
export function ParticipantsTable({
  programId,
  participants,
  currentUserId,
  canRemove,
}: {
  programId: string;
  participants: readonly Participant[];
  currentUserId: string;
  canRemove: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [role, setRole] = useState<RoleFilter>('all');
  const [removing, setRemoving] = useState<Participant | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const removedRef = useRef<HTMLParagraphElement>(null);
  const remove = useRemoveParticipant(programId);

  const shown = useMemo(
    () => filterParticipants(participants, query, role, i18n.language),
    [participants, query, role, i18n.language],
  );
  const counts = useMemo(() => {
    const byRole: Record<RoleFilter, number> = {
      all: participants.length,
      coordinator: 0,
      mentor: 0,
      actor: 0,
    };
    for (const person of participants) byRole[person.role] += 1;
    return byRole;
  }, [participants]);

  // The row (and its button) is gone after a removal: focus goes to the message that says so.
  useEffect(() => {
    if (removed) removedRef.current?.focus();
  }, [removed]);

  function confirmRemoval() {
    if (!removing) return;
    setRemoveError(null);
    remove.mutate(removing.userId, {
      onSuccess: () => {
        setRemoved(removing.name);
        setRemoving(null);
      },
      onError: (error) =>
        setRemoveError(
          error instanceof ApiError && error.code === 'last_coordinator'
            ? t('participants.lastCoordinator')
            : error instanceof ApiError && error.code === 'program_archived'
              ? t('programForm.errors.archived')
              : t('errors.generic'),
        ),
    });
  }

  return (
    <>
      <div className="filters">
        <SearchField className="field search-field" value={query} onChange={setQuery}>
          <Label className="field-label">{t('participants.search')}</Label>
          <div className="search-input">
            <Input className="input" />
            <Button className="search-clear" aria-label={t('participants.clearSearch')}>
              ×
            </Button>
          </div>
        </SearchField>
        <RadioGroup
          className="field"
          orientation="horizontal"
          value={role}
          onChange={(value) => setRole(FILTERS.find((filter) => filter === value) ?? 'all')}
        >
          <Label className="field-label">{t('participants.roleFilter')}</Label>
          <div className="segmented">
            {FILTERS.map((filter) => (
              <Radio key={filter} value={filter} className="segment">
                {t(`participants.filter.${filter}`, { count: counts[filter] })}
              </Radio>
            ))}
          </div>
        </RadioGroup>
      </div>
      <p role="status" className="result-count">
        {t('participants.showing', { shown: shown.length, total: participants.length })}
      </p>
      <div role="status" className="status-region">
        {removed ? (
          <p ref={removedRef} tabIndex={-1} className="alert alert-success">
            {t('participants.removed', { name: removed })}
          </p>
        ) : null}
      </div>
      {shown.length === 0 ? (
        <p>{t('participants.noMatches')}</p>
      ) : (
        <table className="table table-stack">
          <caption className="visually-hidden">{t('participants.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('participants.columns.name')}</th>
              <th scope="col">{t('participants.columns.role')}</th>
              <th scope="col">{t('participants.columns.email')}</th>
              <th scope="col">{t('participants.columns.profile')}</th>
              <th scope="col">{t('participants.columns.joined')}</th>
              {canRemove ? (
                <th scope="col">
                  <span className="visually-hidden">{t('participants.columns.actions')}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {shown.map((person) => {
              const hasProfile = person.role !== 'coordinator';
              return (
                <tr key={person.userId}>
                  <th scope="row" data-label={t('participants.columns.name')}>
                    {hasProfile ? (
                      <Link to={`/programs/${programId}/people/${person.userId}`}>{person.name}</Link>
                    ) : (
                      person.name
                    )}
                  </th>
                  <td data-label={t('participants.columns.role')}>{t(`roleNames.${person.role}`)}</td>
                  <td data-label={t('participants.columns.email')} className="cell-email">
                    {person.email ?? '–'}
                  </td>
                  <td data-label={t('participants.columns.profile')}>
                    {hasProfile && person.profileCompleteness !== null ? (
                      <CompletenessMeter
                        value={person.profileCompleteness}
                        label={t('participants.completenessOf', { name: person.name })}
                        labelHidden
                        className="meter-compact"
                      />
                    ) : (
                      <>
                        <span aria-hidden="true">–</span>
                        <span className="visually-hidden">{t('participants.noProfile')}</span>
                      </>
                    )}
                  </td>
                  <td data-label={t('participants.columns.joined')}>
                    {formatInstantDate(person.joinedAt, i18n.language)}
                  </td>
                  {canRemove ? (
                    <td className="cell-actions">
                      {person.userId === currentUserId ? null : (
                        <Button
                          className="button button-secondary button-small"
                          aria-label={t('participants.removeNamed', { name: person.name })}
                          onPress={() => {
                            setRemoveError(null);
                            setRemoving(person);
                          }}
                        >
                          {t('common.remove')}
                        </Button>
                      )}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        isOpen={removing !== null}
        onOpenChange={(open) => {
          if (!open) setRemoving(null);
        }}
        title={t('participants.removeTitle', { name: removing?.name ?? '' })}
        confirmLabel={t('participants.removeConfirm')}
        cancelLabel={t('common.cancel')}
        onConfirm={confirmRemoval}
        isPending={remove.isPending}
        error={removeError}
      >
        <p>{t('participants.removeText', { name: removing?.name ?? '' })}</p>
      </ConfirmDialog>
    </>
  );
}
