import type { MyResponse, MyResponseBody } from '@mentoring/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { surveysQueryKey } from './get-surveys.ts';

const url = (surveyId: string) => `/api/surveys/${encodeURIComponent(surveyId)}/my-response`;
export const myResponseQueryKey = (surveyId: string) => ['survey-response', surveyId] as const;

/** The signed-in person's own answers: the only place answers are read with their author. */
export function getMyResponse(surveyId: string, signal?: AbortSignal): Promise<MyResponse> {
  return api.get<MyResponse>(url(surveyId), { signal });
}

export function useMyResponse(surveyId: string) {
  return useQuery(
    queryOptions({
      queryKey: myResponseQueryKey(surveyId),
      queryFn: ({ signal }) => getMyResponse(surveyId, signal),
    }),
  );
}

export function useSaveMyResponse(programId: string, surveyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MyResponseBody) => api.put<MyResponse>(url(surveyId), body),
    onSuccess: async (response) => {
      queryClient.setQueryData(myResponseQueryKey(surveyId), response);
      await queryClient.invalidateQueries({ queryKey: surveysQueryKey(programId) });
    },
  });
}
