import type { AdminUser, AuditEntry } from '@mentoring/contracts';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useAudit } from '../api/get-audit.ts';
import { ErasePerson } from './erase-person.tsx';
import { PersonPicker } from './person-picker.tsx';

const ACTIONS = [
  'profile_read',
  'session_read',
  'session_create',
  'session_update',
  'survey_results_read',
  'survey_results_export',
  'report_export',
  'my_data_export',
  'user_erase',
  'retention_purge',
] as const;

/** `profile.read` → its label; an action this UI does not know yet is shown as it is. */
function useActionLabel() {
  const { t } = useTranslation();
  return (action: string) => {
    const key = ACTIONS.find((known) => known === action.replace('.', '_'));
    return key ? t(`privacy.audit.actions.${key}`) : action;
  };
}

/** The audit log for administrators: filtered by a person, with the erase action for them. */
export function AuditLog() {
  const { t, i18n } = useTranslation();
  const [person, setPerson] = useState<AdminUser | null>(null);
  const audit = useAudit(person?.id ?? null);
  const actionLabel = useActionLabel();
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const who = (ref: AuditEntry['actor'], fallback: string) =>
    ref ? ref.name || t('privacy.audit.unknownPerson') : fallback;

  return (
    <>
      <PersonPicker onChoose={setPerson} />
      {person ? (
        <div className="card section">
          <p>{t('privacy.audit.showing', { name: person.name })}</p>
          <div className="privacy-actions">
            <Button className="button button-secondary" onPress={() => setPerson(null)}>
              {t('privacy.audit.showAll')}
            </Button>
            <ErasePerson key={person.id} person={person} />
          </div>
        </div>
      ) : null}
      {audit.isPending ? <LoadingState /> : null}
      {audit.isError ? <QueryError error={audit.error} onRetry={() => void audit.refetch()} /> : null}
      {audit.isSuccess && audit.data.length === 0 ? <p>{t('privacy.audit.empty')}</p> : null}
      {audit.isSuccess && audit.data.length > 0 ? (
        <table className="table table-stack">
          <caption>{t('privacy.audit.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('privacy.audit.at')}</th>
              <th scope="col">{t('privacy.audit.actor')}</th>
              <th scope="col">{t('privacy.audit.action')}</th>
              <th scope="col">{t('privacy.audit.subject')}</th>
            </tr>
          </thead>
          <tbody>
            {audit.data.map((entry) => (
              <tr key={entry.id}>
                <td data-label={t('privacy.audit.at')}>
                  <time dateTime={entry.at}>{time.format(new Date(entry.at))}</time>
                </td>
                <td data-label={t('privacy.audit.actor')}>{who(entry.actor, t('privacy.audit.system'))}</td>
                <td data-label={t('privacy.audit.action')}>{actionLabel(entry.action)}</td>
                <td data-label={t('privacy.audit.subject')}>{who(entry.subject, '–')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
