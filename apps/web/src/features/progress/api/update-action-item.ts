import type { ActionItem } from '@mentoring/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { sessionsQueryKey } from './get-sessions.ts';

/** Ticks an action item done or open again: the actor their own items, the mentor any. */
export function updateActionItem(itemId: string, body: { done: boolean }): Promise<ActionItem> {
  return api.patch<ActionItem>(`/api/action-items/${encodeURIComponent(itemId)}`, body);
}

export function useUpdateActionItem(matchId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, done }: { itemId: string; done: boolean }) => updateActionItem(itemId, { done }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsQueryKey(matchId) }),
  });
}
