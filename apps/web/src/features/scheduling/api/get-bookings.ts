import type { Booking } from '@mentoring/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export interface BookingsRange {
  from?: string;
  to?: string;
  /** Coordinators: every booking of this program instead of their own. */
  programId?: string;
}

export const bookingsQueryPrefix = ['bookings'] as const;
export const bookingsQueryKey = (range: BookingsRange) =>
  [...bookingsQueryPrefix, range.programId ?? 'mine', range.from ?? '', range.to ?? ''] as const;

/** The viewer's own meetings (as actor or mentor), or a program's for its coordinators. */
export function getBookings(range: BookingsRange, signal?: AbortSignal): Promise<Booking[]> {
  const query = new URLSearchParams();
  if (range.from) query.set('from', range.from);
  if (range.to) query.set('to', range.to);
  if (range.programId) query.set('programId', range.programId);
  const search = query.size > 0 ? `?${query}` : '';
  return api.get<Booking[]>(`/api/bookings${search}`, { signal });
}

export function bookingsQueryOptions(range: BookingsRange) {
  return queryOptions({
    queryKey: bookingsQueryKey(range),
    queryFn: ({ signal }) => getBookings(range, signal),
    placeholderData: keepPreviousData,
  });
}

export function useBookings(range: BookingsRange) {
  return useQuery(bookingsQueryOptions(range));
}
