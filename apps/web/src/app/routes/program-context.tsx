import type { ProgramDetail, User } from '@mentoring/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useOutletContext } from 'react-router';
import { Page } from '../../components/page.tsx';
import { EventsNavItem } from '../../features/events/components/events-links.tsx';
import { MatchingNavItems } from '../../features/matching/components/matching-links.tsx';
import { ProgressNavItems } from '../../features/progress/components/progress-links.tsx';
import { SchedulingNavItems } from '../../features/scheduling/components/scheduling-links.tsx';
import { SurveysNavItem } from '../../features/surveys/components/survey-links.tsx';

export interface ProgramContext {
  program: ProgramDetail;
  user: User;
  /** Coordinator of the program, or an administrator: may see and change everything in it. */
  manages: boolean;
  /** Mentor or actor: has a profile to fill in. */
  participates: boolean;
}

/** The program the surrounding layout loaded; only for its child routes. */
export function useProgramContext(): ProgramContext {
  return useOutletContext<ProgramContext>();
}

type Section = 'participants' | 'invitations' | 'import' | 'settings' | 'vocabulary' | 'profile';
const MANAGER_SECTIONS: readonly Section[] = [
  'participants',
  'invitations',
  'import',
  'settings',
  'vocabulary',
];

/** The program's own pages as tabs-like links; NavLink marks the current one with aria-current="page". */
export function ProgramNav({ context }: { context: ProgramContext }) {
  const { t } = useTranslation();
  const base = `/programs/${context.program.id}`;
  const sections: readonly Section[] = context.manages
    ? MANAGER_SECTIONS
    : context.participates
      ? ['profile']
      : [];
  return (
    <nav aria-label={t('programNav.label')} className="program-nav">
      <ul>
        <li>
          <NavLink to={base} end>
            {t('programNav.overview')}
          </NavLink>
        </li>
        {sections.map((section) => (
          <li key={section}>
            <NavLink to={`${base}/${section}`}>{t(`programNav.${section}`)}</NavLink>
          </li>
        ))}
        <MatchingNavItems program={context.program} manages={context.manages} />
        <ProgressNavItems programId={context.program.id} manages={context.manages} />
        <SchedulingNavItems program={context.program} manages={context.manages} />
        <SurveysNavItem programId={context.program.id} />
        <EventsNavItem programId={context.program.id} />
      </ul>
    </nav>
  );
}

/**
 * A page inside a program: its <h1>, the program it belongs to, the program's navigation, then the
 * content, or a notice where the viewer's role does not reach.
 */
export function ProgramPage({
  title,
  requires,
  children,
}: {
  /** The section's name; the overview passes none and is titled by the program's name. */
  title?: string;
  requires?: 'manager' | 'participant';
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const context = useProgramContext();
  const { program } = context;
  const allowed =
    requires === 'manager' ? context.manages : requires === 'participant' ? context.participates : true;
  return (
    <Page
      title={title ? `${title}: ${program.name}` : program.name}
      heading={title ?? program.name}
      context={title ? program.name : undefined}
    >
      <ProgramNav context={context} />
      {allowed ? (
        children
      ) : (
        <p className="alert alert-info" role="alert">
          {requires === 'manager' ? t('programDetail.coordinatorsOnly') : t('programDetail.participantsOnly')}
        </p>
      )}
    </Page>
  );
}
