import type { ProgramDetail } from '@mentoring/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';

type SchedulingPage = 'availability' | 'book' | 'meetings' | 'calendar';

/** Mentors set their hours, actors book, both see their meetings; coordinators see the program's calendar. */
export function schedulingPages(program: Pick<ProgramDetail, 'myRole'>, manages: boolean): SchedulingPage[] {
  const pages: SchedulingPage[] = [];
  if (program.myRole === 'mentor') pages.push('availability');
  if (program.myRole === 'actor') pages.push('book');
  if (program.myRole === 'mentor' || program.myRole === 'actor') pages.push('meetings');
  if (manages) pages.push('calendar');
  return pages;
}

/** The scheduling pages as items of the program's navigation list (each an `<li>`). */
export function SchedulingNavItems({ program, manages }: { program: ProgramDetail; manages: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {schedulingPages(program, manages).map((page) => (
        <li key={page}>
          <NavLink to={`/programs/${program.id}/${page}`}>{t(`scheduling.nav.${page}`)}</NavLink>
        </li>
      ))}
    </>
  );
}

/** On the program's overview: where meetings are booked and seen, for this viewer. */
export function SchedulingOverviewCard({ program, manages }: { program: ProgramDetail; manages: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const pages = schedulingPages(program, manages);
  if (pages.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="section card">
      <h2 id={headingId}>{t('scheduling.overview.title')}</h2>
      <ul className="link-list">
        {pages.map((page) => (
          <li key={page}>
            <Link to={`/programs/${program.id}/${page}`}>{t(`scheduling.overview.${page}`)}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
