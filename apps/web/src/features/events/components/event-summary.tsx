import type { Event } from '@mentoring/contracts';
import { useTranslation } from 'react-i18next';
import { useEventTimeFormat } from '../time.ts';

/** The check-list's header: which event, when and where, so the coordinator knows they have the right one. */
export function EventSummary({ event, timeZone }: { event: Event; timeZone: string }) {
  const { t } = useTranslation();
  const format = useEventTimeFormat(timeZone);
  return (
    <div className="card event-summary">
      <p className={`event-type event-type-${event.type}`}>{t(`events.type.${event.type}`)}</p>
      <h2>{event.title}</h2>
      <dl className="event-facts">
        <div>
          <dt>{t('events.list.time')}</dt>
          <dd>{format.range(event.startsAt, event.endsAt)}</dd>
        </div>
        <div>
          <dt>{t('events.list.place')}</dt>
          <dd>{event.location || t('events.list.placeNone')}</dd>
        </div>
      </dl>
    </div>
  );
}
