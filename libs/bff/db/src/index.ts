// @luotsi/db: the BFF's database layer (Prisma client, connection, migrations, demo data).
export { PrismaClient, Prisma } from './generated/prisma/client';
export type * from './generated/prisma/client';
// For the Pothos builder: SchemaBuilder<{ PrismaTypes: PrismaTypes }> and `dmmf: getDatamodel()`.
export type { default as PrismaTypes } from './generated/pothos-types';
export { getDatamodel } from './generated/pothos-types';

export {
  openDatabase,
  defaultDataDir,
  type Database,
  type DatabaseConfig,
  type DatabaseKind,
} from './database';
export { DataDirLockedError } from './pglite-lock';
export {
  migrate,
  readMigrations,
  migrationChecksum,
  migrationsTable,
  MigrationError,
  type MigrateOptions,
  type MigrateResult,
  type MigrationFile,
  type MigrationTarget,
} from './migrate';
export { pgliteSqlClient, pgSqlClient, type SqlClient } from './sql-client';
export { defaultMigrationsDir } from './paths';
export {
  seedAll,
  seedPlatform,
  runSeedSteps,
  demoId,
  demoToday,
  demoCountyName,
  demoServiceAreas,
  demoMunicipalities,
  demoUnits,
  unitTypes,
  demoResidents,
  demoStaff,
  type SeedStep,
  type SeedOptions,
  type LocalizedName,
  type DemoServiceArea,
  type DemoMunicipality,
  type DemoUnit,
  type UnitType,
  type DemoResident,
  type DemoStaffMember,
} from './seed';
export { openTestDatabase, type TestDatabaseOptions } from './testing';
export { dropTestSchemas, findTestPostgres } from './test-postgres';
