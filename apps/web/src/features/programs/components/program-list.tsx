import type { ProgramSummary } from '@mentoring/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ProgramCard } from '../../../components/program-card.tsx';

/** Every program the viewer may see: current ones first (newest start first), then the archive. */
export function ProgramList({ programs }: { programs: readonly ProgramSummary[] }) {
  const { t } = useTranslation();
  const activeId = useId();
  const archivedId = useId();
  if (programs.length === 0) return <p>{t('programs.empty')}</p>;

  const newestFirst = [...programs].sort((a, b) => b.startsOn.localeCompare(a.startsOn));
  const groups = [
    { id: activeId, title: t('home.active'), items: newestFirst.filter((program) => !program.archived) },
    { id: archivedId, title: t('home.archived'), items: newestFirst.filter((program) => program.archived) },
  ].filter((group) => group.items.length > 0);

  return (
    <>
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={group.id} className="section">
          <h2 id={group.id}>{group.title}</h2>
          <ul className="card-list">
            {group.items.map((program) => (
              <li key={program.id}>
                <ProgramCard
                  program={program}
                  roles={program.myRole ? [program.myRole] : []}
                  counts={program.counts}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
