import type { AcceptInvitationBody, Session } from '@mentoring/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export interface AcceptedInvitation {
  programId: string;
  /** A new account's session (the server also set its refresh cookie); null when accepted while signed in. */
  session: Session | null;
}

/**
 * Signed in (`signedIn`): the invitation joins this account. Signed out: `name` and `password` create
 * the account; 409 `account_exists` when the email already has one, 400 `password_too_common`.
 */
export function acceptInvitation(
  token: string,
  body: AcceptInvitationBody,
  signedIn: boolean,
): Promise<AcceptedInvitation> {
  return api.post<AcceptedInvitation>(`/api/invitations/${encodeURIComponent(token)}/accept`, body, {
    auth: signedIn,
  });
}

export function useAcceptInvitation(token: string) {
  return useMutation({
    mutationFn: ({ body, signedIn }: { body: AcceptInvitationBody; signedIn: boolean }) =>
      acceptInvitation(token, body, signedIn),
  });
}
