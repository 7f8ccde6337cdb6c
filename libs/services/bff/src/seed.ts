import { demoId, type PrismaClient, type SeedStep } from '@luotsi/db';
import { coreServices } from './catalogue/demo-core';
import { cataloguePages, generateCatalogue } from './catalogue/generator';
import { importDocuments } from './catalogue/importer';
import { seedGuidance } from './guidance/seed';

/**
 * How many services the demo catalogue has: LUOTSI_DEMO_SERVICES (a number, or "core" for the
 * hand-written core only). The demo gets the full region (1 500 services, ~2 900 channels; the
 * first start imports them in 10–20 s on PGlite, later starts see them unchanged in ~1.5 s);
 * tests get the core, so that every test database stays quick to seed.
 */
export function demoCatalogueSize(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const setting = env['LUOTSI_DEMO_SERVICES']?.trim();
  if (setting === 'core') return coreServices.length;
  if (setting && /^\d+$/.test(setting)) return Math.max(coreServices.length, Number(setting));
  return env['VITEST'] ? coreServices.length : 1500;
}

/** The seed the demo catalogue is generated with: the same catalogue on every start. */
export const demoCatalogueSeed = 42;

/**
 * The demo catalogue, generated as PTV JSON and imported through the same importer as real PTV
 * data (organisations, channels, services, links). Idempotent: unchanged entities are skipped.
 */
export const servicesSeed: SeedStep = {
  id: 'services',
  async run(prisma: PrismaClient) {
    const catalogue = generateCatalogue({ services: demoCatalogueSize(), seed: demoCatalogueSeed });
    await importDocuments(prisma, 'demo catalogue', cataloguePages(catalogue));
    await seedGuidance(prisma);
  },
};

/** For tests: the demo catalogue's core size and a core service's id. */
export const demoServiceCount = coreServices.length;
export const demoServiceId = (key: string): string => demoId('ptv-service', key);
