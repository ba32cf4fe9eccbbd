import { z } from 'zod';
import { Membership } from './programs.ts';
import { User } from './users.ts';

export const Me = z.object({
  user: User,
  memberships: z.array(Membership),
});
export type Me = z.infer<typeof Me>;
