import type { Goal } from '@mentoring/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export const goalsQueryKey = (matchId: string) => ['goals', matchId] as const;

/** The pair's goals (at most five) with every check-in, oldest first. */
export function getGoals(matchId: string, signal?: AbortSignal): Promise<Goal[]> {
  return api.get<Goal[]>(`/api/matches/${encodeURIComponent(matchId)}/goals`, { signal });
}

export function goalsQueryOptions(matchId: string) {
  return queryOptions({
    queryKey: goalsQueryKey(matchId),
    queryFn: ({ signal }) => getGoals(matchId, signal),
  });
}

export function useGoals(matchId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...goalsQueryOptions(matchId), enabled: options.enabled ?? true });
}
