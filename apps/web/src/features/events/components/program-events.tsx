import type { Event } from '@mentoring/contracts';
import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useEvents } from '../api/get-events.ts';
import { useRegistration } from '../api/registration.ts';
import { useDeleteEvent } from '../api/save-event.ts';
import { useGroups } from '../api/supervision-groups.ts';
import { eventsErrorMessage } from '../errors.ts';
import { EventCard } from './event-card.tsx';
import { EventFormDialog } from './event-form-dialog.tsx';
import { SupervisionGroups } from './supervision-groups.tsx';

type Notice = { tone: 'success' | 'error'; text: string };

/** Upcoming events (soonest first) and past ones (latest first); an event is past once it has ended. */
export function splitEvents(events: readonly Event[], now: number): { upcoming: Event[]; past: Event[] } {
  const upcoming = events.filter((event) => Date.parse(event.endsAt) >= now);
  const past = events.filter((event) => Date.parse(event.endsAt) < now).reverse();
  return { upcoming, past };
}

/** A program's (or the organisation's) events: sign-up for members; create, edit, delete and supervision groups for coordinators. */
export function ProgramEvents({
  programId,
  timeZone,
  manages,
  now = Date.now(),
}: {
  /** null: the organisation's events (administrators manage them; there are no supervision groups). */
  programId: string | null;
  timeZone: string;
  manages: boolean;
  now?: number;
}) {
  const { t } = useTranslation();
  const events = useEvents(programId);
  const groups = useGroups(programId ?? '', { enabled: manages && programId !== null });
  const registration = useRegistration(programId);
  const remove = useDeleteEvent(programId);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [editing, setEditing] = useState<Event | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Event | null>(null);
  const upcomingId = useId();
  const pastId = useId();

  if (events.isPending) return <LoadingState />;
  if (events.isError) return <QueryError error={events.error} onRetry={() => void events.refetch()} />;

  const groupNames = new Map(groups.data?.map((group) => [group.id, group.name]));
  const { upcoming, past } = splitEvents(events.data, now);

  function onRegistration(event: Event, join: boolean) {
    setNotice(null);
    registration.mutate(
      { eventId: event.id, join },
      {
        onSuccess: () =>
          setNotice({
            tone: 'success',
            text: t(join ? 'events.list.signedUp' : 'events.list.withdrawn', { title: event.title }),
          }),
        onError: (error) => setNotice({ tone: 'error', text: eventsErrorMessage(error, t) }),
      },
    );
  }

  const card = (event: Event, isPast: boolean) => (
    <li key={event.id}>
      <EventCard
        event={event}
        timeZone={timeZone}
        past={isPast}
        manages={manages}
        groupName={event.supervisionGroupId ? groupNames.get(event.supervisionGroupId) : undefined}
        isPending={registration.isPending}
        onRegistration={onRegistration}
        onEdit={setEditing}
        onDelete={setDeleting}
      />
    </li>
  );

  return (
    <>
      <div role="status" className="status-region">
        {notice?.tone === 'success' ? <p className="alert alert-success">{notice.text}</p> : null}
      </div>
      <div role="alert" className="status-region">
        {notice?.tone === 'error' ? <p className="alert alert-error">{notice.text}</p> : null}
      </div>
      {manages ? (
        <div className="page-actions">
          <Button className="button button-primary" onPress={() => setEditing('new')}>
            {t('events.list.newEvent')}
          </Button>
        </div>
      ) : null}
      <section className="section" aria-labelledby={upcomingId}>
        <h2 id={upcomingId}>{t('events.list.upcoming')}</h2>
        {upcoming.length === 0 ? <p>{t('events.list.noneUpcoming')}</p> : null}
        <ul className="event-list">{upcoming.map((event) => card(event, false))}</ul>
      </section>
      <section className="section" aria-labelledby={pastId}>
        <h2 id={pastId}>{t('events.list.past')}</h2>
        {past.length === 0 ? <p>{t('events.list.nonePast')}</p> : null}
        <ul className="event-list">{past.map((event) => card(event, true))}</ul>
      </section>
      {manages && programId !== null && groups.data ? (
        <SupervisionGroups programId={programId} groups={groups.data} onNotice={setNotice} />
      ) : null}
      {editing ? (
        <EventFormDialog
          programId={programId}
          timeZone={timeZone}
          event={editing === 'new' ? null : editing}
          groups={groups.data ?? []}
          onClose={() => setEditing(null)}
          onSaved={(text) => {
            setEditing(null);
            setNotice({ tone: 'success', text });
          }}
        />
      ) : null}
      <ConfirmDialog
        isOpen={deleting !== null}
        onOpenChange={(open) => (open ? undefined : setDeleting(null))}
        title={t('events.list.deleteTitle')}
        confirmLabel={t('events.list.delete')}
        cancelLabel={t('events.list.deleteCancel')}
        isPending={remove.isPending}
        error={remove.error ? eventsErrorMessage(remove.error, t) : null}
        onConfirm={() => {
          if (!deleting) return;
          const title = deleting.title;
          remove.mutate(deleting.id, {
            onSuccess: () => {
              setDeleting(null);
              setNotice({ tone: 'success', text: t('events.list.deleted', { title }) });
            },
          });
        }}
      >
        <p>{t('events.list.deleteText', { title: deleting?.title ?? '' })}</p>
      </ConfirmDialog>
    </>
  );
}
