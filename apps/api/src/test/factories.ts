import { randomUUID } from 'node:crypto';
import type { ParticipantRole } from '@mentoring/contracts';
import { type Db, DEFAULT_TAGS } from '@mentoring/db';
import { bookings, matches, participants, profiles, programs, tags, users } from '@mentoring/db/schema';
import { and, eq } from 'drizzle-orm';
import { hashPassword } from '../lib/password.ts';
import type { AuthUser } from '../plugins/auth.ts';

export const TEST_PASSWORD = 'correct horse battery staple';
// Hashing costs ~20 ms by design; one hash serves every factory user of a file.
let passwordHash: Promise<string> | undefined;
function testPasswordHash(): Promise<string> {
  if (!passwordHash) passwordHash = hashPassword(TEST_PASSWORD);
  return passwordHash;
}

export interface TestUser extends AuthUser {
  email: string;
  name: string;
}

export async function createUser(
  db: Db,
  overrides: {
    email?: string;
    name?: string;
    isAdmin?: boolean;
    isActive?: boolean;
    locale?: 'fi' | 'en';
  } = {},
): Promise<TestUser> {
  const email = overrides.email ?? `user-${randomUUID()}@example.test`;
  const [row] = await db
    .insert(users)
    .values({
      email,
      name: overrides.name ?? 'Test Person',
      locale: overrides.locale ?? 'fi',
      isAdmin: overrides.isAdmin ?? false,
      isActive: overrides.isActive ?? true,
      passwordHash: await testPasswordHash(),
    })
    .returning();
  if (!row) throw new Error('user insert failed');
  return { id: row.id, isAdmin: row.isAdmin, email: row.email, name: row.name };
}

export async function createProgram(db: Db, overrides: Partial<typeof programs.$inferInsert> = {}) {
  const [row] = await db
    .insert(programs)
    .values({
      name: `Program ${randomUUID().slice(0, 8)}`,
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      ...overrides,
    })
    .returning();
  if (!row) throw new Error('program insert failed');
  return row;
}

export async function addParticipant(db: Db, programId: string, userId: string, role: ParticipantRole) {
  await db.insert(participants).values({ programId, userId, role });
}

/**
 * A small world for access tests: one program with a coordinator, a mentor and an actor; another
 * program with its own coordinator; an admin; and a signed-up user in no program.
 */
export async function createAccessWorld(db: Db) {
  const program = await createProgram(db);
  const otherProgram = await createProgram(db);
  const coordinator = await createUser(db, { name: 'Coordinator' });
  const mentor = await createUser(db, { name: 'Mentor' });
  const actor = await createUser(db, { name: 'Actor' });
  const otherCoordinator = await createUser(db, { name: 'Other coordinator' });
  const admin = await createUser(db, { name: 'Admin', isAdmin: true });
  const outsider = await createUser(db, { name: 'Outsider' });
  await addParticipant(db, program.id, coordinator.id, 'coordinator');
  await addParticipant(db, program.id, mentor.id, 'mentor');
  await addParticipant(db, program.id, actor.id, 'actor');
  await addParticipant(db, otherProgram.id, otherCoordinator.id, 'coordinator');
  return { program, otherProgram, users: { coordinator, mentor, actor, otherCoordinator, admin, outsider } };
}
export type AccessWorld = Awaited<ReturnType<typeof createAccessWorld>>;
export type WorldRole = keyof AccessWorld['users'];

/**
 * The world's mentor and actor as a pair (active unless `values` say otherwise). The mentor first
 * gets a profile with room for `capacity` actors, which the capacity rule asks for.
 */
export async function addWorldPair(
  db: Db,
  world: AccessWorld,
  values: Partial<typeof matches.$inferInsert> = {},
  capacity = 1,
) {
  const [mentor] = await db
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.programId, world.program.id), eq(participants.userId, world.users.mentor.id)));
  await db.insert(profiles).values({ participantId: mentor?.id as string, capacity });
  const [pair] = await db
    .insert(matches)
    .values({
      programId: world.program.id,
      mentorId: world.users.mentor.id,
      actorId: world.users.actor.id,
      status: 'active',
      ...values,
    })
    .returning();
  return pair as typeof matches.$inferSelect;
}

/** Tags a program needs before profiles can refer to them (programs made by factories have none). */
export async function addDefaultTags(db: Db, programId: string) {
  await db.insert(tags).values(DEFAULT_TAGS.map((tag) => ({ ...tag, programId })));
}

/** A confirmed hour-long remote meeting of a pair, starting at `startsAt` (no buffers). */
export async function insertBooking(
  db: Db,
  pair: { programId: string; matchId: string; mentorId: string; actorId: string },
  startsAt: Date,
  overrides: Partial<typeof bookings.$inferInsert> = {},
) {
  const endsAt = new Date(startsAt.getTime() + 3_600_000);
  const [row] = await db
    .insert(bookings)
    .values({
      ...pair,
      startsAt,
      endsAt,
      blockedFrom: startsAt,
      blockedUntil: endsAt,
      locationKind: 'remote',
      icalUid: `${randomUUID()}@test`,
      ...overrides,
    })
    .returning();
  if (!row) throw new Error('booking insert failed');
  return row;
}
