import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';

/** The pair-health dashboard as an item of the program's navigation, for coordinators and admins. */
export function ProgressNavItems({ programId, manages }: { programId: string; manages: boolean }) {
  const { t } = useTranslation();
  if (!manages) return null;
  return (
    <li>
      <NavLink to={`/programs/${programId}/health`}>{t('progress.nav.health')}</NavLink>
    </li>
  );
}

/** From a pair card to the pair's sessions and goals; the other person's name keeps each link unique. */
export function PairPageLink({
  programId,
  matchId,
  name,
}: {
  programId: string;
  matchId: string;
  name: string;
}) {
  const { t } = useTranslation();
  return (
    <p className="pair-page-link">
      <Link to={`/programs/${programId}/pairs/${matchId}`} aria-label={t('progress.nav.pairWith', { name })}>
        {t('progress.nav.pair')}
      </Link>
    </p>
  );
}
