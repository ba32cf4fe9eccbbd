import '../../styles/matching.css';
import { useTranslation } from 'react-i18next';
import { WishPicker } from '../../features/matching/components/wish-picker.tsx';
import { ProgramPage, useProgramContext } from './program-context.tsx';

/** /programs/:programId/wishes — an actor ranks the mentors they wish for. */
export function WishesRoute() {
  const { t } = useTranslation();
  const { program } = useProgramContext();
  return (
    <ProgramPage title={t('matching.wishes.title')}>
      {program.myRole === 'actor' ? (
        <>
          <p className="lead">{t('matching.wishes.lead')}</p>
          <WishPicker programId={program.id} />
        </>
      ) : (
        <p className="alert alert-info" role="alert">
          {t('matching.wishes.actorsOnly')}
        </p>
      )}
    </ProgramPage>
  );
}
