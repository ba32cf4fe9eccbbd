import type { Booking } from '@mentoring/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

const DAY_MS = 86_400_000;

/**
 * The viewer's own meetings from `daysBack` days ago to `daysAhead` days ahead. The window is rounded
 * to the day so the query key stays the same for the whole day.
 */
export function myBookingsQueryOptions(daysBack: number, daysAhead: number, now = new Date()) {
  const day = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const from = new Date(day - daysBack * DAY_MS).toISOString();
  const to = new Date(day + (daysAhead + 1) * DAY_MS).toISOString();
  return queryOptions({
    queryKey: ['bookings', 'mine', from, to] as const,
    queryFn: ({ signal }) =>
      api.get<Booking[]>(`/api/bookings?${new URLSearchParams({ from, to }).toString()}`, { signal }),
  });
}

export function useMyBookings(daysBack: number, daysAhead: number) {
  return useQuery(myBookingsQueryOptions(daysBack, daysAhead));
}
