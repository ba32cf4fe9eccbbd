import { createHash, randomBytes } from 'node:crypto';

/** A random, URL-safe secret (256 bits) for links and cookies. */
export const newToken = () => randomBytes(32).toString('base64url');

/** Secrets are stored only as this hash, so a database leak does not leak working links. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');
