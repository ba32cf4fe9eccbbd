import type { Membership, ParticipantRole, Program } from '@mentoring/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantCounts } from '../../../components/participant-counts.tsx';
import { ProgramCard } from '../../../components/program-card.tsx';
import { localToday, programPhase } from '../../../lib/dates.ts';

interface ProgramWithRoles {
  program: Program;
  roles: ParticipantRole[];
}

const PHASE_ORDER = { ongoing: 0, upcoming: 1, ended: 2 } as const;

/** One entry per program (a person could hold two roles in one), current ones first. */
export function groupMemberships(memberships: readonly Membership[]): {
  active: ProgramWithRoles[];
  archived: ProgramWithRoles[];
} {
  const byProgram = new Map<string, ProgramWithRoles>();
  for (const { program, role } of memberships) {
    const entry = byProgram.get(program.id);
    if (entry) entry.roles.push(role);
    else byProgram.set(program.id, { program, roles: [role] });
  }
  const today = localToday();
  const all = [...byProgram.values()];
  const active = all
    .filter(({ program }) => !program.archived)
    .sort(
      (a, b) =>
        PHASE_ORDER[programPhase(a.program, today)] - PHASE_ORDER[programPhase(b.program, today)] ||
        b.program.startsOn.localeCompare(a.program.startsOn),
    );
  const archived = all
    .filter(({ program }) => program.archived)
    .sort((a, b) => b.program.endsOn.localeCompare(a.program.endsOn));
  return { active, archived };
}

/** The user's programs, current and archived, each with their role and (for coordinators) counts. */
export function MembershipList({
  memberships,
  counts,
}: {
  memberships: readonly Membership[];
  counts?: ReadonlyMap<string, ParticipantCounts> | undefined;
}) {
  const { t } = useTranslation();
  const activeId = useId();
  const archivedId = useId();
  const { active, archived } = groupMemberships(memberships);

  return (
    <>
      <section aria-labelledby={activeId} className="section">
        <h2 id={activeId}>{t('home.active')}</h2>
        {active.length === 0 ? (
          <p>{t('home.noActive')}</p>
        ) : (
          <ul className="card-list">
            {active.map(({ program, roles }) => (
              <li key={program.id}>
                <ProgramCard program={program} roles={roles} counts={counts?.get(program.id)} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {archived.length > 0 ? (
        <section aria-labelledby={archivedId} className="section">
          <h2 id={archivedId}>{t('home.archived')}</h2>
          <ul className="card-list">
            {archived.map(({ program, roles }) => (
              <li key={program.id}>
                <ProgramCard program={program} roles={roles} counts={counts?.get(program.id)} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
