import type { Match } from '@mentoring/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export const matchesQueryKey = (programId: string) => ['matches', programId] as const;

/** The program's pairs: all of them for coordinators, one's own published pairs for mentors and actors. */
export function getMatches(programId: string, signal?: AbortSignal): Promise<Match[]> {
  return api.get<Match[]>(`/api/programs/${encodeURIComponent(programId)}/matches`, { signal });
}

export function matchesQueryOptions(programId: string) {
  return queryOptions({
    queryKey: matchesQueryKey(programId),
    queryFn: ({ signal }) => getMatches(programId, signal),
  });
}

export function useMatches(programId: string) {
  return useQuery(matchesQueryOptions(programId));
}
