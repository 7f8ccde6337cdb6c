// Prisma CLI configuration. Paths are relative to this file. `prisma generate` needs no database;
// migrations are made offline with scripts/make-migration.ts and applied by src/migrate.ts, so the
// datasource URL only matters to those who run the Prisma CLI's own migrate commands online.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema',
  migrations: { path: 'prisma/migrations' },
  ...(process.env['DATABASE_URL'] ? { datasource: { url: process.env['DATABASE_URL'] } } : {}),
});
