import type { LoginBody, Session } from '@mentoring/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { startSession } from '../session-store.ts';

export function login(body: LoginBody): Promise<Session> {
  return api.post<Session>('/api/auth/login', body, { auth: false });
}

export function useLogin() {
  return useMutation({ mutationFn: login, onSuccess: startSession });
}
