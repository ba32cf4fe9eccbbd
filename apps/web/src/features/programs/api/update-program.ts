import type { ProgramDetail, UpdateProgramBody } from '@mentoring/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { programQueryOptions } from './get-program.ts';
import { programsQueryKey } from './get-programs.ts';

export function updateProgram(programId: string, body: UpdateProgramBody): Promise<ProgramDetail> {
  return api.patch<ProgramDetail>(`/api/programs/${encodeURIComponent(programId)}`, body);
}

/** Edits, archives (`archived: true`) or reopens a program; the answer is the program as it now is. */
export function useUpdateProgram(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProgramBody) => updateProgram(programId, body),
    onSuccess: async (program) => {
      queryClient.setQueryData(programQueryOptions(programId).queryKey, program);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: programsQueryKey, exact: true }),
        queryClient.invalidateQueries({ queryKey: ['me'] }),
      ]);
    },
  });
}
