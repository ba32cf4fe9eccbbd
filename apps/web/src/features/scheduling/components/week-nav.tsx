import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { addDays, useTimeFormat } from '../time.ts';

/** Previous / next week, and which week is showing (announced when it changes). */
export function WeekNav({
  monday,
  onChange,
  canGoBack = true,
}: {
  monday: Date;
  onChange: (monday: Date) => void;
  canGoBack?: boolean;
}) {
  const { t } = useTranslation();
  const format = useTimeFormat();
  return (
    <div className="week-nav">
      <Button
        className="button button-secondary button-small"
        onPress={() => onChange(addDays(monday, -7))}
        isDisabled={!canGoBack}
      >
        {t('scheduling.week.previous')}
      </Button>
      <p className="week-nav-label" aria-live="polite">
        {t('scheduling.week.range', { from: format.day(monday), to: format.day(addDays(monday, 6)) })}
      </p>
      <Button className="button button-secondary button-small" onPress={() => onChange(addDays(monday, 7))}>
        {t('scheduling.week.next')}
      </Button>
    </div>
  );
}

/** "Ajat aikavyöhykkeellä Europe/Helsinki": every time on the page is in the viewer's zone. */
export function ZoneNote() {
  const { t } = useTranslation();
  const format = useTimeFormat();
  return <p className="field-hint">{t('scheduling.zoneNote', { zone: format.zone })}</p>;
}
