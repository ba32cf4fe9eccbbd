import { loadConfig } from '../config.ts';
import { openDatabase, seedDemoWorld } from '../database.ts';

// `pnpm db:seed-demo`: seeds the demo world into the configured database (PostgreSQL included).
const config = loadConfig();
const database = await openDatabase(config, console);
try {
  const seeded = await seedDemoWorld(database);
  console.log(seeded ? 'Demo data seeded.' : 'Demo data was already there; nothing changed.');
} finally {
  await database.close();
}
