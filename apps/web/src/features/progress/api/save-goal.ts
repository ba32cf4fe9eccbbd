import type { Goal } from '@mentoring/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { goalsQueryKey } from './get-goals.ts';

export interface GoalFields {
  title: string;
  description: string;
  successCriteria: string;
  topics: string[];
}

/** The actor sets a goal: 409 `too_many_goals` past five. */
export function createGoal(matchId: string, body: GoalFields): Promise<Goal> {
  return api.post<Goal>(`/api/matches/${encodeURIComponent(matchId)}/goals`, body);
}

/** The actor edits their goal's fields; the mentor sends only `mentorComment`. */
export function updateGoal(
  goalId: string,
  body: Partial<GoalFields> & { mentorComment?: string },
): Promise<Goal> {
  return api.patch<Goal>(`/api/goals/${encodeURIComponent(goalId)}`, body);
}

/** Creates when no goal id is given, otherwise updates. */
export function useSaveGoal(matchId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      goalId,
      body,
    }: {
      goalId?: string | undefined;
      body: Partial<GoalFields> & { mentorComment?: string };
    }) =>
      goalId
        ? updateGoal(goalId, body)
        : createGoal(matchId, {
            title: body.title ?? '',
            description: body.description ?? '',
            successCriteria: body.successCriteria ?? '',
            topics: body.topics ?? [],
          }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: goalsQueryKey(matchId) }),
  });
}
