import type { CreateSurveyBody, SendSurveyBody, Survey, UpdateSurveyBody } from '@mentoring/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { surveyQueryKey, surveysQueryKey } from './get-surveys.ts';

const surveyUrl = (surveyId: string) => `/api/surveys/${encodeURIComponent(surveyId)}`;

/** Drafts: create from a template, edit, delete, send. Each refreshes the list and the survey. */
function useSurveyMutation<T>(programId: string, mutationFn: (input: T) => Promise<Survey | null>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (survey) => {
      if (survey) queryClient.setQueryData(surveyQueryKey(survey.id), survey);
      await queryClient.invalidateQueries({ queryKey: surveysQueryKey(programId) });
    },
  });
}

export function useCreateSurvey(programId: string) {
  return useSurveyMutation(programId, (body: CreateSurveyBody) =>
    api.post<Survey>(`/api/programs/${encodeURIComponent(programId)}/surveys`, body),
  );
}

export function useUpdateSurvey(programId: string, surveyId: string) {
  return useSurveyMutation(programId, (body: UpdateSurveyBody) =>
    api.patch<Survey>(surveyUrl(surveyId), body),
  );
}

export function useDeleteSurvey(programId: string, surveyId: string) {
  return useSurveyMutation(programId, async () => {
    await api.delete<null>(surveyUrl(surveyId));
    return null;
  });
}

export function useSendSurvey(programId: string, surveyId: string) {
  return useSurveyMutation(programId, (body: SendSurveyBody) =>
    api.post<Survey>(`${surveyUrl(surveyId)}/send`, body),
  );
}
