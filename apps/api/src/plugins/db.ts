import type { Database, Db } from '@mentoring/db';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    /** The drizzle handle; services receive it as an argument. */
    db: Db;
    database: Database;
  }
}

/** Decorates the app with the database it was built with. Who opened it closes it. */
export const dbPlugin = fp(
  async (app: FastifyInstance, options: { database: Database }) => {
    app.decorate('database', options.database);
    app.decorate('db', options.database.db);
  },
  { name: 'db' },
);
