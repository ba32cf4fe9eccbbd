import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';

/** Events as an item of the program's navigation, for every member. */
export function EventsNavItem({ programId }: { programId: string }) {
  const { t } = useTranslation();
  return (
    <li>
      <NavLink to={`/programs/${programId}/events`}>{t('events.nav.events')}</NavLink>
    </li>
  );
}

/** On the program's overview: where events are seen and signed up for. */
export function EventsOverviewCard({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="section card">
      <h2 id={headingId}>{t('events.overview.title')}</h2>
      <ul className="link-list">
        <li>
          <Link to={`/programs/${programId}/events`}>{t('events.overview.link')}</Link>
        </li>
      </ul>
    </section>
  );
}
