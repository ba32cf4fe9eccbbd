import type { PairRef, WhyNotAnswer } from '@mentoring/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { SuggestionParams } from './get-suggestion.ts';

/** Why this actor did not get this mentor under these settings, and what forcing it would cost. */
export function getWhyNot(
  programId: string,
  params: SuggestionParams,
  pair: PairRef,
  signal?: AbortSignal,
): Promise<WhyNotAnswer> {
  return api.post<WhyNotAnswer>(
    `/api/programs/${encodeURIComponent(programId)}/matching/why-not`,
    { ...params, ...pair },
    { signal },
  );
}

export function whyNotQueryOptions(programId: string, params: SuggestionParams, pair: PairRef) {
  return queryOptions({
    queryKey: ['matching', programId, 'why-not', params, pair.actorId, pair.mentorId],
    queryFn: ({ signal }) => getWhyNot(programId, params, pair, signal),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}

export function useWhyNot(programId: string, params: SuggestionParams, pair: PairRef) {
  return useQuery(whyNotQueryOptions(programId, params, pair));
}
