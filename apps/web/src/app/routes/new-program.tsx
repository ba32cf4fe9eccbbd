import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Page } from '../../components/page.tsx';
import { useSignedInUser } from '../../features/auth/use-session.ts';
import { useCreateProgram } from '../../features/programs/api/create-program.ts';
import { ProgramForm } from '../../features/programs/components/program-form.tsx';
import { emptyDraft, toCreateBody } from '../../features/programs/components/program-form-model.ts';

/** Administrators start a program; they become its coordinator and land on its page. */
export function NewProgramRoute() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const create = useCreateProgram();
  const navigate = useNavigate();
  return (
    <Page title={t('newProgram.title')}>
      <p className="back-link">
        <Link to="/programs">{t('programDetail.back')}</Link>
      </p>
      {user.isAdmin ? (
        <div className="card section form-card">
          <ProgramForm
            initial={emptyDraft()}
            withPhases={false}
            submitLabel={t('newProgram.submit')}
            onSave={async (draft) => {
              const program = await create.mutateAsync(toCreateBody(draft));
              await navigate(`/programs/${program.id}`, { state: { created: true } });
            }}
          />
        </div>
      ) : (
        <p className="alert alert-info" role="alert">
          {t('newProgram.adminsOnly')}
        </p>
      )}
    </Page>
  );
}
