import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** Only pages that exist are listed; NavLink marks the current one with aria-current="page". */
export function MainNav({ showPrograms, showAdmin = false }: { showPrograms: boolean; showAdmin?: boolean }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.label')} className="main-nav">
      <ul>
        <li>
          <NavLink to="/" end>
            {t('nav.home')}
          </NavLink>
        </li>
        {showPrograms ? (
          <li>
            <NavLink to="/programs">{t('nav.programs')}</NavLink>
          </li>
        ) : null}
        <li>
          <NavLink to="/events">{t('nav.events')}</NavLink>
        </li>
        {showPrograms ? (
          // Reports are for the same people who see the programs list: coordinators and administrators.
          <li>
            <NavLink to="/reports">{t('nav.reports')}</NavLink>
          </li>
        ) : null}
        {showAdmin ? (
          <li>
            <NavLink to="/admin/audit">{t('nav.audit')}</NavLink>
          </li>
        ) : null}
        <li>
          <NavLink to="/profile">{t('nav.profile')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
