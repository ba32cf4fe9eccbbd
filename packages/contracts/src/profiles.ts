import { z } from 'zod';
import { Uuid } from './common.ts';

export const Language = z.enum(['fi', 'sv', 'en', 'other']);
export const MeetingMode = z.enum(['in_person', 'remote']);
const Slug = z.string().trim().min(1).max(60);

export const Profile = z.object({
  bio: z.string(),
  sectors: z.array(z.string()),
  /** Mentor: expertise. Actor: needs. Slugs of the program's topic tags. */
  topics: z.array(z.string()),
  languages: z.array(Language),
  municipality: z.string(),
  meetingModes: z.array(MeetingMode),
  /** Mentor only: how many actors they take in this program. */
  capacity: z.number().int().nullable(),
  /** Actor only. */
  yearsOfExperience: z.number().int().nullable(),
  /** Actor only: development goals in their own words. */
  goals: z.string(),
  /** Mentor only: actors (user ids) they must not be paired with. */
  conflicts: z.array(Uuid),
});
export type Profile = z.infer<typeof Profile>;

export const ProfileQuery = z.strictObject({ programId: Uuid });
export const ProfileUserParams = z.object({ userId: Uuid });

export const UpdateProfileBody = z.strictObject({
  bio: z.string().trim().max(3000),
  sectors: z.array(Slug).max(10),
  topics: z.array(Slug).max(20),
  languages: z.array(Language).max(4),
  municipality: z.string().trim().max(100),
  meetingModes: z.array(MeetingMode).max(2),
  capacity: z.number().int().min(0).max(50).nullable().optional(),
  yearsOfExperience: z.number().int().min(0).max(80).nullable().optional(),
  goals: z.string().trim().max(3000).optional(),
  conflicts: z.array(Uuid).max(100).optional(),
});
export type UpdateProfileBody = z.infer<typeof UpdateProfileBody>;

export const ProfileView = z.object({
  userId: Uuid,
  programId: Uuid,
  name: z.string(),
  role: z.enum(['coordinator', 'mentor', 'actor']),
  profile: Profile,
  completeness: z.number().int(),
});
export type ProfileView = z.infer<typeof ProfileView>;

export const TagKind = z.enum(['sector', 'topic']);
export const Tag = z.object({
  kind: TagKind,
  slug: Slug,
  labelFi: z.string().trim().min(1).max(80),
  labelEn: z.string().trim().min(1).max(80),
});
export type Tag = z.infer<typeof Tag>;
export const PutTagsBody = z.strictObject({ tags: z.array(Tag.strict()).max(300) });
