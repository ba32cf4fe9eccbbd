import type { ProgramSummary } from '@mentoring/contracts';
import { useTranslation } from 'react-i18next';

export type ParticipantCounts = ProgramSummary['counts'];

/** "1 koordinaattori, 8 mentoria ja 30 aktoria". */
export function ParticipantCountsText({ counts }: { counts: ParticipantCounts }) {
  const { t, i18n } = useTranslation();
  const parts = [
    t('counts.coordinator', { count: counts.coordinator }),
    t('counts.mentor', { count: counts.mentor }),
    t('counts.actor', { count: counts.actor }),
  ];
  return <>{new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' }).format(parts)}</>;
}
