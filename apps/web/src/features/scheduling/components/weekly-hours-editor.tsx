import { useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/select-field.tsx';
import { rowKey, type WeeklyRow } from '../model.ts';
import { useTimeFormat } from '../time.ts';
import { TimeField } from './time-field.tsx';

/**
 * Weekly hours as rows of weekday, start and end: the keyboard way to what the grid does by
 * dragging. A new row gets focus; a removed one hands focus to "Add hours".
 */
export function WeeklyHoursEditor({
  rows,
  onChange,
  errors,
}: {
  rows: readonly WeeklyRow[];
  onChange: (rows: WeeklyRow[]) => void;
  errors: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const format = useTimeFormat();
  const addRef = useRef<HTMLButtonElement>(null);
  const [addedKey, setAddedKey] = useState<string | null>(null);
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ id: String(day), label: format.weekday(day) }));

  const update = (index: number, change: Partial<WeeklyRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));

  return (
    <fieldset className="fieldset">
      <legend className="fieldset-legend">{t('scheduling.availability.weekly')}</legend>
      {rows.length === 0 ? <p>{t('scheduling.availability.noWeekly')}</p> : null}
      <ol className="plain-rows">
        {rows.map((row, index) => {
          const number = index + 1;
          return (
            <li key={row.key} className="hours-row">
              <SelectField
                label={t('scheduling.availability.weekday', { number })}
                name={`weeklyRules.${index}.weekday`}
                value={String(row.weekday)}
                onChange={(weekday) => update(index, { weekday: Number(weekday) })}
                options={weekdays}
                error={errors(`weeklyRules.${index}.weekday`)}
              />
              <TimeField
                label={t('scheduling.availability.start', { number })}
                name={`weeklyRules.${index}.start`}
                value={row.start}
                onChange={(start) => update(index, { start })}
                error={errors(`weeklyRules.${index}.start`)}
                autoFocus={row.key === addedKey}
              />
              <TimeField
                label={t('scheduling.availability.end', { number })}
                name={`weeklyRules.${index}.end`}
                value={row.end}
                onChange={(end) => update(index, { end })}
                error={errors(`weeklyRules.${index}.end`)}
              />
              <Button
                className="button button-secondary button-small"
                onPress={() => {
                  onChange(rows.filter((_, i) => i !== index));
                  addRef.current?.focus();
                }}
              >
                {t('scheduling.availability.removeHours', { number })}
              </Button>
            </li>
          );
        })}
      </ol>
      <Button
        ref={addRef}
        className="button button-secondary"
        onPress={() => {
          const key = rowKey();
          setAddedKey(key);
          onChange([...rows, { key, weekday: 1, start: '09:00', end: '12:00' }]);
        }}
      >
        {t('scheduling.availability.addHours')}
      </Button>
    </fieldset>
  );
}
