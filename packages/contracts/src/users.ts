import { z } from 'zod';
import { Email, Locale, Uuid } from './common.ts';

/** Passwords: at least 10 characters (NIST 800-63B), long passphrases welcome. */
export const Password = z.string().min(10).max(256);

export const User = z.object({
  id: Uuid,
  email: z.string(),
  name: z.string(),
  locale: Locale,
  isAdmin: z.boolean(),
});
export type User = z.infer<typeof User>;

export const UserName = z.string().trim().min(1).max(200);

export const UpdateMeBody = z.strictObject({
  name: UserName.optional(),
  locale: Locale.optional(),
});
export type UpdateMeBody = z.infer<typeof UpdateMeBody>;

export const ChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: Password,
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBody>;

export { Email };
