import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

export type CalendarView = 'week' | 'list';

/** Week columns or a list by day: the same times either way, whichever reads better. */
export function ViewSwitch({
  value,
  onChange,
}: {
  value: CalendarView;
  onChange: (view: CalendarView) => void;
}) {
  const { t } = useTranslation();
  return (
    <RadioGroup
      className="field radio-group view-switch"
      orientation="horizontal"
      value={value}
      onChange={(next) => onChange(next === 'list' ? 'list' : 'week')}
    >
      <Label className="field-label">{t('scheduling.view.label')}</Label>
      <div className="radio-options">
        <Radio value="week" className="radio">
          {t('scheduling.view.week')}
        </Radio>
        <Radio value="list" className="radio">
          {t('scheduling.view.list')}
        </Radio>
      </div>
    </RadioGroup>
  );
}
