import '../../styles/matching.css';
import { useTranslation } from 'react-i18next';
import { MyPairs } from '../../features/matching/components/my-pairs.tsx';
import { ProgramPage, useProgramContext } from './program-context.tsx';

/** /programs/:programId/my-pair — a mentor's or actor's published pair(s) and why they were made. */
export function MyPairRoute() {
  const { t } = useTranslation();
  const { program, user } = useProgramContext();
  const mentor = program.myRole === 'mentor';
  return (
    <ProgramPage title={t(mentor ? 'matching.myPair.titleMentor' : 'matching.myPair.title')}>
      {mentor || program.myRole === 'actor' ? (
        <>
          <p className="lead">{t(mentor ? 'matching.myPair.leadMentor' : 'matching.myPair.lead')}</p>
          <MyPairs programId={program.id} viewerId={user.id} />
        </>
      ) : (
        <p className="alert alert-info" role="alert">
          {t('matching.myPair.participantsOnly')}
        </p>
      )}
    </ProgramPage>
  );
}
