import type { ParticipantRole, Profile } from '@mentoring/contracts';

export interface Viewer {
  userId: string;
  role: ParticipantRole | null;
  isAdmin: boolean;
  /** Actors matched with this viewer (a mentor); filled in once matching exists. */
  matchedActorIds: ReadonlySet<string>;
}

const isCoordinator = (viewer: Viewer) => viewer.role === 'coordinator' || viewer.isAdmin;

/**
 * Who sees whose profile, in one place: coordinators see everyone in their program; everyone sees
 * mentors' profiles (actors choose mentors from them) and their own; a mentor sees the profiles
 * of the actors matched with them. Actors never see each other's.
 */
export function canSeeProfile(viewer: Viewer, target: { userId: string; role: ParticipantRole }): boolean {
  if (isCoordinator(viewer) || viewer.userId === target.userId) return true;
  if (target.role === 'mentor') return true;
  if (target.role === 'actor') return viewer.role === 'mentor' && viewer.matchedActorIds.has(target.userId);
  return false;
}

/** Whether the viewer sees this person in the participant list at all. */
export function canSeeParticipant(
  viewer: Viewer,
  target: { userId: string; role: ParticipantRole },
): boolean {
  return target.role !== 'actor' || canSeeProfile(viewer, target);
}

export const canSeeEmails = isCoordinator;

/** A mentor's conflicts of interest are for the mentor and coordinators only. */
export function redactProfile(viewer: Viewer, targetUserId: string, profile: Profile): Profile {
  if (isCoordinator(viewer) || viewer.userId === targetUserId) return profile;
  return { ...profile, conflicts: [] };
}
