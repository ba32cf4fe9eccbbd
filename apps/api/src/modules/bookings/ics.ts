import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

export interface CalendarEvent {
  uid: string;
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  location: string;
  url: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
  cancelled: boolean;
  stamp: Date;
}

/**
 * An iCalendar file for one or more meetings. Times are written in UTC ("Z"): every calendar app
 * reads them right, whereas a TZID without a VTIMEZONE block is read differently by each.
 */
export function calendarFile(
  events: CalendarEvent[],
  options: { method?: 'REQUEST' | 'CANCEL' | 'PUBLISH'; name?: string } = {},
): string {
  const calendar = ical({
    name: options.name ?? 'Mentorointi',
    prodId: { company: 'mentoring', product: 'mentoring-program-manager', language: 'FI' },
  });
  if (options.method) calendar.method(ICalCalendarMethod[options.method]);
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      start: event.start,
      end: event.end,
      stamp: event.stamp,
      summary: event.summary,
      description: event.description,
      location: event.location,
      url: event.url,
      organizer: { name: event.organizer.name, email: event.organizer.email },
      attendees: [{ name: event.attendee.name, email: event.attendee.email }],
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
