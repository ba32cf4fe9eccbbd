import type { Slots } from '@mentoring/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export interface SlotsRange {
  from: string;
  to: string;
  length: number;
}

export const slotsQueryPrefix = (mentorId: string) => ['slots', mentorId] as const;
export const slotsQueryKey = (mentorId: string, range: SlotsRange) =>
  [...slotsQueryPrefix(mentorId), range.from, range.to, range.length] as const;

/** A mentor's free times (UTC instants) between `from` and `to` for one meeting length. */
export function getSlots(mentorId: string, range: SlotsRange, signal?: AbortSignal): Promise<Slots> {
  const query = new URLSearchParams({ from: range.from, to: range.to, length: String(range.length) });
  return api.get<Slots>(`/api/mentors/${encodeURIComponent(mentorId)}/slots?${query}`, { signal });
}

export function slotsQueryOptions(mentorId: string, range: SlotsRange) {
  return queryOptions({
    queryKey: slotsQueryKey(mentorId, range),
    queryFn: ({ signal }) => getSlots(mentorId, range, signal),
    // Week to week, the old week stays on screen until the new one arrives: no layout jump.
    placeholderData: keepPreviousData,
  });
}

export function useSlots(mentorId: string, range: SlotsRange) {
  return useQuery(slotsQueryOptions(mentorId, range));
}
