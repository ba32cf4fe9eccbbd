import type { Event } from '@mentoring/contracts';
import { useId } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEventTimeFormat } from '../time.ts';

export interface EventCardProps {
  event: Event;
  timeZone: string;
  past: boolean;
  manages: boolean;
  groupName: string | undefined;
  isPending: boolean;
  onRegistration: (event: Event, join: boolean) => void;
  onEdit: (event: Event) => void;
  onDelete: (event: Event) => void;
}

/** A meeting link is shown as a link; anything else is an address. */
function isLink(location: string): boolean {
  return /^https?:\/\/\S+$/.test(location);
}

/** One event: what, when (in the program's zone, named), where, seats; sign-up or the coordinator's tools. */
export function EventCard({
  event,
  timeZone,
  past,
  manages,
  groupName,
  isPending,
  onRegistration,
  onEdit,
  onDelete,
}: EventCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const format = useEventTimeFormat(timeZone);
  const seatsLeft = event.capacity === null ? null : Math.max(0, event.capacity - event.registered);
  const full = seatsLeft === 0;
  const seats =
    event.capacity === null
      ? t('events.list.noLimit')
      : full
        ? t('events.list.full', { capacity: event.capacity })
        : t('events.list.seatsLeft', { count: seatsLeft ?? 0, capacity: event.capacity });

  return (
    <article className="card event-card" aria-labelledby={headingId}>
      <p className={`event-type event-type-${event.type}`}>{t(`events.type.${event.type}`)}</p>
      <h3 id={headingId}>{event.title}</h3>
      {event.description ? <p className="pre-line">{event.description}</p> : null}
      <dl className="event-facts">
        <div>
          <dt>{t('events.list.time')}</dt>
          <dd>{format.range(event.startsAt, event.endsAt)}</dd>
        </div>
        <div>
          <dt>{t('events.list.place')}</dt>
          <dd>
            {!event.location ? (
              t('events.list.placeNone')
            ) : isLink(event.location) ? (
              <a href={event.location} rel="noreferrer" target="_blank">
                {event.location}
              </a>
            ) : (
              event.location
            )}
          </dd>
        </div>
        {groupName ? (
          <div>
            <dt>{t('events.list.supervisionGroup')}</dt>
            <dd>{groupName}</dd>
          </div>
        ) : null}
        {past ? null : (
          <div>
            <dt>{t('events.list.seats')}</dt>
            <dd>{seats}</dd>
          </div>
        )}
        <div>
          <dt>{past ? t('events.list.attended') : t('events.list.registered')}</dt>
          <dd>{past ? event.attended : event.registered}</dd>
        </div>
      </dl>
      {event.myRegistration ? (
        <p className="event-mine">
          <span aria-hidden="true">✓ </span>
          {t('events.list.youAreRegistered')}
        </p>
      ) : null}
      <div className="event-actions">
        {past ? null : event.myRegistration ? (
          <Button
            className="button button-secondary"
            isDisabled={isPending}
            onPress={() => onRegistration(event, false)}
            aria-describedby={headingId}
          >
            {t('events.list.withdraw')}
          </Button>
        ) : full ? null : (
          <Button
            className="button button-primary"
            isDisabled={isPending}
            onPress={() => onRegistration(event, true)}
            aria-describedby={headingId}
          >
            {t('events.list.signUp')}
          </Button>
        )}
        {manages ? (
          <>
            <Link
              className="button button-secondary"
              to={event.programId ? `/programs/${event.programId}/events/${event.id}` : `/events/${event.id}`}
              aria-describedby={headingId}
            >
              {t('events.list.checklist')}
            </Link>
            <Button
              className="button button-secondary"
              onPress={() => onEdit(event)}
              aria-describedby={headingId}
            >
              {t('events.list.edit')}
            </Button>
            <Button
              className="button button-danger-outline"
              onPress={() => onDelete(event)}
              aria-describedby={headingId}
            >
              {t('events.list.delete')}
            </Button>
          </>
        ) : null}
      </div>
    </article>
  );
}
