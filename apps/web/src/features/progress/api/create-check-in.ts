import type { Goal } from '@mentoring/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { goalsQueryKey } from './get-goals.ts';

export interface CheckInFields {
  phaseId: string | null;
  rating: number;
  note: string;
}

/** A 1–5 rating of a goal at a phase; rating the same phase again replaces one's earlier rating. */
export function createCheckIn(goalId: string, body: CheckInFields): Promise<Goal> {
  return api.post<Goal>(`/api/goals/${encodeURIComponent(goalId)}/checkins`, body);
}

export function useCreateCheckIn(matchId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ goalId, body }: { goalId: string; body: CheckInFields }) => createCheckIn(goalId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: goalsQueryKey(matchId) }),
  });
}
