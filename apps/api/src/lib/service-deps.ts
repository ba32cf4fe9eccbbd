import type { Db } from '@mentoring/db';
import type { Clock } from './clock.ts';

/**
 * What most services are built from: the database, the clock (tests move it), and the address
 * the app is reached at, for links in emails and calendar files.
 */
export interface ServiceDeps {
  db: Db;
  clock: Clock;
  publicUrl: string;
}
