import type { Match, UpdateMatchBody } from '@mentoring/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { matchesQueryKey } from './get-matches.ts';
import { suggestionQueryPrefix } from './get-suggestion.ts';

/**
 * Publishes, pauses, resumes or ends a pair, or gives the actor another mentor (`mentorId`).
 * 409 `invalid_transition`, `mentor_at_capacity`, `match_closed`.
 */
export function updateMatch(matchId: string, body: UpdateMatchBody): Promise<Match> {
  return api.patch<Match>(`/api/matches/${encodeURIComponent(matchId)}`, body);
}

export function useUpdateMatch(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ matchId, body }: { matchId: string; body: UpdateMatchBody }) => updateMatch(matchId, body),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: matchesQueryKey(programId) }),
        queryClient.invalidateQueries({ queryKey: suggestionQueryPrefix(programId) }),
      ]);
    },
  });
}
