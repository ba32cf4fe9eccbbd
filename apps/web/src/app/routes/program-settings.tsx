import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateProgram } from '../../features/programs/api/update-program.ts';
import { ArchiveProgram } from '../../features/programs/components/archive-program.tsx';
import { ProgramForm } from '../../features/programs/components/program-form.tsx';
import { draftOf, toUpdateBody } from '../../features/programs/components/program-form-model.ts';
import { ProgramPage, useProgramContext } from './program-context.tsx';

function Settings() {
  const { t } = useTranslation();
  const { program, user } = useProgramContext();
  const update = useUpdateProgram(program.id);
  const detailsId = useId();
  const archiveId = useId();
  return (
    <>
      <section aria-labelledby={detailsId} className="section card">
        <h2 id={detailsId}>{t('programSettings.details')}</h2>
        {program.archived ? <p className="alert alert-info">{t('programDetail.archivedReadOnly')}</p> : null}
        <ProgramForm
          // A fresh form when the program is archived or reopened.
          key={String(program.archived)}
          initial={draftOf(program)}
          withPhases
          submitLabel={t('programSettings.save')}
          savedMessage={t('programSettings.saved')}
          onSave={(draft) => update.mutateAsync(toUpdateBody(draft))}
          isDisabled={program.archived}
        />
      </section>
      <section aria-labelledby={archiveId} className="section card">
        <h2 id={archiveId}>{t('programSettings.archiveHeading')}</h2>
        <ArchiveProgram program={program} canReopen={user.isAdmin} />
      </section>
    </>
  );
}

export function ProgramSettingsRoute() {
  const { t } = useTranslation();
  return (
    <ProgramPage title={t('programNav.settings')} requires="manager">
      <Settings />
    </ProgramPage>
  );
}
