import type { ProgramDetail } from '@mentoring/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';

type MatchingPage = 'matching' | 'wishes' | 'my-pair';

/** Which matching pages a role has: coordinators match, actors wish, mentors and actors see their pair. */
export function matchingPages(program: Pick<ProgramDetail, 'myRole'>, manages: boolean): MatchingPage[] {
  const pages: MatchingPage[] = [];
  if (manages) pages.push('matching');
  if (program.myRole === 'actor') pages.push('wishes');
  if (program.myRole === 'actor' || program.myRole === 'mentor') pages.push('my-pair');
  return pages;
}

const NAV_KEYS = { matching: 'workspace', wishes: 'wishes', 'my-pair': 'myPair' } as const;

/** The matching pages as items of the program's navigation list (each an `<li>`). */
export function MatchingNavItems({ program, manages }: { program: ProgramDetail; manages: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {matchingPages(program, manages).map((page) => (
        <li key={page}>
          <NavLink to={`/programs/${program.id}/${page}`}>
            {page === 'my-pair' && program.myRole === 'mentor'
              ? t('matching.nav.myPairs')
              : t(`matching.nav.${NAV_KEYS[page]}`)}
          </NavLink>
        </li>
      ))}
    </>
  );
}

/** On the program's overview: where matching happens for this viewer, with a line on what it is. */
export function MatchingOverviewCard({ program, manages }: { program: ProgramDetail; manages: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const pages = matchingPages(program, manages);
  if (pages.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="section card">
      <h2 id={headingId}>{t('matching.overview.title')}</h2>
      <ul className="link-list">
        {pages.map((page) => (
          <li key={page}>
            <Link to={`/programs/${program.id}/${page}`}>
              {page === 'my-pair' && program.myRole === 'mentor'
                ? t('matching.overview.myPairs')
                : t(`matching.overview.${NAV_KEYS[page]}`)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
