import type { ActionItem, SessionLog } from '@mentoring/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { sessionsQueryKey } from './get-sessions.ts';

/** Ticks an action item done or open again: the actor their own items, the mentor any. */
export function updateActionItem(itemId: string, body: { done: boolean }): Promise<ActionItem> {
  return api.patch<ActionItem>(`/api/action-items/${encodeURIComponent(itemId)}`, body);
}

/** The session logs as they will be once the item is ticked (a done item is never overdue). */
export function withItemDone(logs: SessionLog[], itemId: string, done: boolean): SessionLog[] {
  return logs.map((log) =>
    log.actionItems?.some((item) => item.id === itemId)
      ? {
          ...log,
          actionItems: log.actionItems.map((item) =>
            item.id === itemId ? { ...item, done, overdue: done ? false : item.overdue } : item,
          ),
        }
      : log,
  );
}

/**
 * Optimistic: the tick shows at once, and goes back if the server refuses; either way the list
 * is fetched again afterwards (the server decides overdue).
 */
export function useUpdateActionItem(matchId: string) {
  const queryClient = useQueryClient();
  const key = sessionsQueryKey(matchId);
  return useMutation({
    mutationFn: ({ itemId, done }: { itemId: string; done: boolean }) => updateActionItem(itemId, { done }),
    onMutate: async ({ itemId, done }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<SessionLog[]>(key);
      if (before) queryClient.setQueryData<SessionLog[]>(key, withItemDone(before, itemId, done));
      return { before };
    },
    onError: (_error, _variables, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
