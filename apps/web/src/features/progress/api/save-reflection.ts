import type { SessionLog } from '@mentoring/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { sessionsQueryKey } from './get-sessions.ts';

/** The actor's reflection on a session; saving again replaces it. */
export function saveReflection(sessionId: string, reflection: string): Promise<SessionLog> {
  return api.post<SessionLog>(`/api/sessions/${encodeURIComponent(sessionId)}/reflection`, { reflection });
}

export function useSaveReflection(matchId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ sessionId, reflection }: { sessionId: string; reflection: string }) =>
      saveReflection(sessionId, reflection),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsQueryKey(matchId) }),
  });
}
