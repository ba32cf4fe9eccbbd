import type { ParticipantRole } from '@mentoring/contracts';
import { useTranslation } from 'react-i18next';
import { CompletenessMeter } from '../../../components/completeness-meter.tsx';
import { type CompletenessInput, missingParts, profileCompleteness } from '../completeness.ts';

/** The meter and, in words, what is still missing ("Still missing: bio, municipality."). */
export function CompletenessSummary({
  role,
  profile,
  unsaved = false,
}: {
  role: ParticipantRole;
  profile: CompletenessInput;
  unsaved?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const value = profileCompleteness(role, profile);
  const missing = missingParts(role, profile).map((part) =>
    t(`profileParts.${role === 'mentor' ? 'mentor' : 'actor'}.${part}`),
  );
  return (
    <div className="card completeness-card">
      <CompletenessMeter value={value} label={t('myProfile.completeness')} />
      <p className="completeness-text">
        {missing.length === 0
          ? t('myProfile.complete')
          : t('myProfile.missing', {
              parts: new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' }).format(
                missing,
              ),
            })}
      </p>
      {unsaved ? <p className="field-hint">{t('myProfile.unsaved')}</p> : null}
    </div>
  );
}
