import type { SessionLog } from '@mentoring/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export const sessionsQueryKey = (matchId: string) => ['sessions', matchId] as const;

/** The pair's session logs, newest first, as the viewer may see them (texts hidden from coordinators). */
export function getSessions(matchId: string, signal?: AbortSignal): Promise<SessionLog[]> {
  return api.get<SessionLog[]>(`/api/matches/${encodeURIComponent(matchId)}/sessions`, { signal });
}

export function sessionsQueryOptions(matchId: string) {
  return queryOptions({
    queryKey: sessionsQueryKey(matchId),
    queryFn: ({ signal }) => getSessions(matchId, signal),
  });
}

export function useSessions(matchId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...sessionsQueryOptions(matchId), enabled: options.enabled ?? true });
}
