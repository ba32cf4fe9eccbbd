import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export interface CloseMatchFields {
  outcome: 'completed' | 'ended';
  endedReason?: string;
  reflection?: string;
  continueMeeting?: boolean;
}

export interface Closure {
  matchId: string;
  status: string;
  endedReason: string | null;
  continueMeeting: boolean | null;
  actorReflection: string | null;
  mentorReflection: string | null;
}

/**
 * The actor leaves a closing reflection; the mentor or a coordinator closes the pair with an outcome.
 * 400 `endedReason` required when ending early; 409 `invalid_transition` once closed.
 */
export function closeMatch(matchId: string, body: CloseMatchFields): Promise<Closure> {
  return api.post<Closure>(`/api/matches/${encodeURIComponent(matchId)}/close`, body);
}

export function useCloseMatch(programId: string, matchId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CloseMatchFields) => closeMatch(matchId, body),
    // The pair's status lives in the matches list (get-matches.ts) and in the health view.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['matches', programId] }),
        queryClient.invalidateQueries({ queryKey: ['health', programId] }),
      ]),
  });
}
