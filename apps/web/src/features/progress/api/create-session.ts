import type { CreateSessionBody, SessionLog } from '@mentoring/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { sessionsQueryKey } from './get-sessions.ts';

/**
 * The mentor logs a held meeting. 400 with field errors (`heldAt`, `durationMinutes`, `format`) or
 * `session_in_future`; 409 `already_logged`, `booking_cancelled`, `program_archived`.
 */
export function createSession(matchId: string, body: CreateSessionBody): Promise<SessionLog> {
  return api.post<SessionLog>(`/api/matches/${encodeURIComponent(matchId)}/sessions`, body);
}

export function useCreateSession(matchId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSessionBody) => createSession(matchId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsQueryKey(matchId) }),
  });
}
