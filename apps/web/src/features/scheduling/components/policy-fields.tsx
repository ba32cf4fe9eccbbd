import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { NumberInputField } from '../../../components/number-input-field.tsx';
import { SelectField } from '../../../components/select-field.tsx';
import { type AvailabilityDraft, DEFAULT_TIME_ZONE, OFFERED_LENGTHS } from '../model.ts';

const ZONES = [
  DEFAULT_TIME_ZONE,
  'Europe/Stockholm',
  'Europe/Tallinn',
  'Europe/Berlin',
  'Europe/London',
  'UTC',
];

type NumberKey =
  | 'stepMinutes'
  | 'bufferBeforeMinutes'
  | 'bufferAfterMinutes'
  | 'minNoticeHours'
  | 'horizonDays'
  | 'maxPerDay'
  | 'maxPerWeek';

/** Field, its API path (for the server's errors) and range, in the order they show. */
const NUMBERS: { key: NumberKey; path: string; min: number; max: number }[] = [
  { key: 'stepMinutes', path: 'stepMinutes', min: 5, max: 240 },
  { key: 'bufferBeforeMinutes', path: 'bufferBeforeMinutes', min: 0, max: 240 },
  { key: 'bufferAfterMinutes', path: 'bufferAfterMinutes', min: 0, max: 240 },
  { key: 'minNoticeHours', path: 'minNoticeMinutes', min: 0, max: 720 },
  { key: 'horizonDays', path: 'horizonDays', min: 1, max: 365 },
  { key: 'maxPerDay', path: 'maxPerDay', min: 1, max: 50 },
  { key: 'maxPerWeek', path: 'maxPerWeek', min: 1, max: 200 },
];

/** Meeting lengths, time zone and the rules that shape the free times. */
export function PolicyFields({
  draft,
  onChange,
  errors,
}: {
  draft: AvailabilityDraft;
  onChange: (change: Partial<AvailabilityDraft>) => void;
  errors: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const zones = ZONES.includes(draft.timeZone) ? ZONES : [draft.timeZone, ...ZONES];
  return (
    <fieldset className="fieldset">
      <legend className="fieldset-legend">{t('scheduling.availability.policy')}</legend>
      <ChoiceGroup
        name="lengths"
        label={t('scheduling.availability.lengths')}
        options={OFFERED_LENGTHS.map((length) => ({
          value: String(length),
          label: t('scheduling.minutes', { count: length }),
        }))}
        value={draft.lengths.map(String)}
        onChange={(lengths) => onChange({ lengths: lengths.map(Number) })}
        error={errors('lengths')}
      />
      <SelectField
        label={t('scheduling.availability.timeZone')}
        name="timeZone"
        value={draft.timeZone}
        onChange={(timeZone) => onChange({ timeZone })}
        options={zones.map((zone) => ({ id: zone, label: zone }))}
        description={t('scheduling.availability.timeZoneHint')}
        error={errors('timeZone')}
      />
      <div className="field-grid">
        {NUMBERS.map(({ key, path, min, max }) => (
          <NumberInputField
            key={key}
            label={t(`scheduling.availability.${key}`)}
            name={path}
            value={draft[key]}
            onChange={(value) => onChange({ [key]: value })}
            minValue={min}
            maxValue={max}
            description={key.startsWith('max') ? t('scheduling.availability.noLimitHint') : undefined}
            isRequired={!key.startsWith('max')}
            error={errors(path)}
          />
        ))}
      </div>
    </fieldset>
  );
}
