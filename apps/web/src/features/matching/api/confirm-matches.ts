import type { Match, PairRef } from '@mentoring/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { matchesQueryKey } from './get-matches.ts';
import { suggestionQueryPrefix } from './get-suggestion.ts';

export interface ConfirmRequest {
  pairs: PairRef[];
  /** true: the pairs start active and both people are emailed; false: they stay proposed. */
  publish: boolean;
}

/** Saves the pairs; 409 `mentor_at_capacity` or `actor_already_matched` when the program moved on. */
export function confirmMatches(programId: string, body: ConfirmRequest): Promise<Match[]> {
  return api.post<Match[]>(`/api/programs/${encodeURIComponent(programId)}/matches`, body);
}

export function useConfirmMatches(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConfirmRequest) => confirmMatches(programId, body),
    onSuccess: async () => {
      // Published pairs become locks of every later suggestion.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: matchesQueryKey(programId) }),
        queryClient.invalidateQueries({ queryKey: suggestionQueryPrefix(programId) }),
      ]);
    },
  });
}
