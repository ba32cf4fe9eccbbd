import type { Weights } from '@mentoring/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export interface MatchingSettings {
  weights: Weights;
  mustHave: Record<string, boolean>;
}

/** The weights and must-have criteria last used in the program: where the workspace starts. */
export function getMatchingSettings(programId: string, signal?: AbortSignal): Promise<MatchingSettings> {
  return api.get<MatchingSettings>(`/api/programs/${encodeURIComponent(programId)}/matching/settings`, {
    signal,
  });
}

export function matchingSettingsQueryOptions(programId: string) {
  return queryOptions({
    queryKey: ['matching', programId, 'settings'],
    queryFn: ({ signal }) => getMatchingSettings(programId, signal),
    // Read once per visit: the sliders own the values after that.
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}

export function useMatchingSettings(programId: string) {
  return useQuery(matchingSettingsQueryOptions(programId));
}
