import { hash, verify } from '@node-rs/argon2';

/** argon2id at OWASP's first recommended setting: m=19 MiB, t=2, p=1. */
export const ARGON2_OPTIONS = {
  algorithm: 2 /* Argon2id */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

// Verifying against this when the account does not exist keeps the answer time the same,
// so response timing does not reveal which emails have accounts.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(
  passwordHash: string | null | undefined,
  password: string,
): Promise<boolean> {
  if (!dummyHash) dummyHash = hashPassword('not-a-real-password-0');
  const target = passwordHash ?? (await dummyHash);
  try {
    const ok = await verify(target, password);
    return ok && Boolean(passwordHash);
  } catch {
    return false;
  }
}

/** A short list of passwords too common to allow, whatever their length. */
const COMMON = new Set([
  '1234567890',
  '12345678910',
  'qwertyuiop',
  'password123',
  'password1234',
  'salasana123',
  'salasana1234',
  'qwerty12345',
  'iloveyou123',
  '0123456789',
  '1111111111',
  'aaaaaaaaaa',
  'abcdefghij',
  'passw0rd123',
  'letmein1234',
  'welcome1234',
  'tervetuloa1',
  'tervetuloa123',
]);

export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.toLowerCase());
}
