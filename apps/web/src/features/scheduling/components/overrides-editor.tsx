import { useRef, useState } from 'react';
import { Button, Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type OverrideRow, rowKey } from '../model.ts';
import { addDays, dayKey } from '../time.ts';
import { TimeField } from './time-field.tsx';

/** Dates with their own hours, or a day off; several rows of one date are that date's intervals. */
export function OverridesEditor({
  rows,
  onChange,
  errors,
}: {
  rows: readonly OverrideRow[];
  onChange: (rows: OverrideRow[]) => void;
  errors: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const addRef = useRef<HTMLButtonElement>(null);
  const [addedKey, setAddedKey] = useState<string | null>(null);
  const update = (index: number, change: Partial<OverrideRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));

  return (
    <fieldset className="fieldset">
      <legend className="fieldset-legend">{t('scheduling.availability.overrides')}</legend>
      <p className="field-hint">{t('scheduling.availability.overridesHint')}</p>
      {rows.length === 0 ? <p>{t('scheduling.availability.noOverrides')}</p> : null}
      <ol className="plain-rows">
        {rows.map((row, index) => {
          const number = index + 1;
          return (
            <li key={row.key} className="hours-row">
              <TimeField
                type="date"
                label={t('scheduling.availability.date', { number })}
                name={`overrides.${index}.date`}
                value={row.date}
                onChange={(date) => update(index, { date })}
                error={errors(`overrides.${index}.date`)}
                autoFocus={row.key === addedKey}
              />
              <Checkbox
                className="checkbox hours-row-dayoff"
                isSelected={row.dayOff}
                onChange={(dayOff) => update(index, { dayOff })}
              >
                {t('scheduling.availability.dayOff', { number })}
              </Checkbox>
              {row.dayOff ? null : (
                <>
                  <TimeField
                    label={t('scheduling.availability.start', { number })}
                    name={`overrides.${index}.start`}
                    value={row.start}
                    onChange={(start) => update(index, { start })}
                  />
                  <TimeField
                    label={t('scheduling.availability.end', { number })}
                    name={`overrides.${index}.end`}
                    value={row.end}
                    onChange={(end) => update(index, { end })}
                    error={errors(`overrides.${index}.end`)}
                  />
                </>
              )}
              <Button
                className="button button-secondary button-small"
                onPress={() => {
                  onChange(rows.filter((_, i) => i !== index));
                  addRef.current?.focus();
                }}
              >
                {t('scheduling.availability.removeOverride', { number })}
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
          const date = dayKey(addDays(new Date(), 7));
          onChange([...rows, { key, date, dayOff: true, start: '09:00', end: '12:00' }]);
        }}
      >
        {t('scheduling.availability.addOverride')}
      </Button>
    </fieldset>
  );
}
