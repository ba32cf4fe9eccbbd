import type { PairRef, Suggestion, Weights } from '@mentoring/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export type Objective = Suggestion['objective'];
export type MustHave = Partial<Record<keyof Weights, boolean>>;

/** Everything the solver is asked with; the same body goes to why-not. */
export interface SuggestionParams {
  weights: Weights;
  mustHave: MustHave;
  objective: Objective;
  locks: PairRef[];
  exclusions: PairRef[];
}

/**
 * The optimal pairing for these settings, with scores, reasons and an optimality certificate.
 * A POST because the request is a document, but it changes nothing except the remembered weights.
 */
export function getSuggestion(
  programId: string,
  params: SuggestionParams,
  signal?: AbortSignal,
): Promise<Suggestion> {
  return api.post<Suggestion>(`/api/programs/${encodeURIComponent(programId)}/matching/suggestions`, params, {
    signal,
  });
}

export const suggestionQueryPrefix = (programId: string) => ['matching', programId, 'suggestion'] as const;

export function suggestionQueryOptions(programId: string, params: SuggestionParams) {
  return queryOptions({
    queryKey: [...suggestionQueryPrefix(programId), params],
    queryFn: ({ signal }) => getSuggestion(programId, params, signal),
    // The same settings give the same answer until pairs are saved (which invalidates it).
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    // While a new answer is being solved the previous one stays on screen.
    placeholderData: keepPreviousData,
  });
}

export function useSuggestion(programId: string, params: SuggestionParams | null) {
  return useQuery({
    ...suggestionQueryOptions(programId, params ?? EMPTY_PARAMS),
    enabled: params !== null,
  });
}

const EMPTY_PARAMS: SuggestionParams = {
  weights: { sector: 0, needs: 0, language: 0, location: 0, wish: 0 },
  mustHave: {},
  objective: 'maxTotal',
  locks: [],
  exclusions: [],
};
