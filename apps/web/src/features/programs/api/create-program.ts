import type { CreateProgramBody, ProgramDetail } from '@mentoring/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { programQueryOptions } from './get-program.ts';
import { programsQueryKey } from './get-programs.ts';

/** Administrators only; the creator becomes the program's first coordinator. */
export function createProgram(body: CreateProgramBody): Promise<ProgramDetail> {
  return api.post<ProgramDetail>('/api/programs', body);
}

export function useCreateProgram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProgram,
    onSuccess: async (program) => {
      queryClient.setQueryData(programQueryOptions(program.id).queryKey, program);
      // The program list and the memberships on the home page both gained a program.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: programsQueryKey, exact: true }),
        queryClient.invalidateQueries({ queryKey: ['me'] }),
      ]);
    },
  });
}
