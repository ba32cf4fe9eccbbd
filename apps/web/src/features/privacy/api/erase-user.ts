import type { ErasureReport } from '@mentoring/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export function eraseUser(userId: string): Promise<ErasureReport> {
  return api.post<ErasureReport>(`/api/admin/users/${userId}/erase`);
}

export function useEraseUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: eraseUser,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['audit'] });
      await queryClient.invalidateQueries({ queryKey: ['admin-users'] });
    },
  });
}
