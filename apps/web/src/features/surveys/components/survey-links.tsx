import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** Surveys as an item of the program's navigation: coordinators run them, participants answer them. */
export function SurveysNavItem({ programId }: { programId: string }) {
  const { t } = useTranslation();
  return (
    <li>
      <NavLink to={`/programs/${programId}/surveys`}>{t('surveys.nav.surveys')}</NavLink>
    </li>
  );
}
