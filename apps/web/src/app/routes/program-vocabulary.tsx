import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/loading-state.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useTags } from '../../features/programs/api/get-tags.ts';
import { VocabularyEditor } from '../../features/programs/components/vocabulary-editor.tsx';
import { ProgramPage, useProgramContext } from './program-context.tsx';

function Vocabulary() {
  const { program } = useProgramContext();
  const tags = useTags(program.id);
  if (tags.isPending) return <LoadingState />;
  if (tags.isError) return <QueryError error={tags.error} onRetry={() => void tags.refetch()} />;
  return <VocabularyEditor programId={program.id} tags={tags.data} isDisabled={program.archived} />;
}

export function ProgramVocabularyRoute() {
  const { t } = useTranslation();
  return (
    <ProgramPage title={t('programNav.vocabulary')} requires="manager">
      <p className="lead">{t('vocabulary.lead')}</p>
      <Vocabulary />
    </ProgramPage>
  );
}
