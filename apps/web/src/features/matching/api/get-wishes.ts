import type { Wishes } from '@mentoring/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export const wishesQueryKey = (programId: string) => ['wishes', programId] as const;

/** An actor's own ranked wishes (one entry), or every actor's for coordinators. */
export function getWishes(programId: string, signal?: AbortSignal): Promise<Wishes[]> {
  return api.get<Wishes[]>(`/api/programs/${encodeURIComponent(programId)}/wishes`, { signal });
}

export function wishesQueryOptions(programId: string) {
  return queryOptions({
    queryKey: wishesQueryKey(programId),
    queryFn: ({ signal }) => getWishes(programId, signal),
  });
}

export function useWishes(programId: string) {
  return useQuery(wishesQueryOptions(programId));
}
