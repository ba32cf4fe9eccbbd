import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export interface CalendarFeed {
  url: string;
  webcalUrl: string;
}

/** Creates the personal feed address, or rotates it: the old address stops working. */
export function createCalendarFeed(): Promise<CalendarFeed> {
  return api.post<CalendarFeed>('/api/calendar/feed');
}

export function revokeCalendarFeed(): Promise<void> {
  return api.delete<void>('/api/calendar/feed');
}

export function useCreateCalendarFeed() {
  return useMutation({ mutationFn: createCalendarFeed });
}

export function useRevokeCalendarFeed() {
  return useMutation({ mutationFn: revokeCalendarFeed });
}
