import type { PrismaClient } from '../generated/prisma/client';
import { seedPlatform } from './platform';

export { seedPlatform } from './platform';
export { demoId } from './ids';
export { demoToday } from './demo-date';
export * from './county';
export { demoResidents, demoStaff, type DemoResident, type DemoStaffMember } from './people';

/** A domain module's demo data. `run` must be idempotent: seeding runs on every demo start. */
export interface SeedStep {
  id: string;
  run(prisma: PrismaClient): Promise<void>;
}

export interface SeedOptions {
  log?: (message: string) => void;
}

/** Seeds the platform's identity data, then the domain steps in the order given. */
export async function seedAll(
  prisma: PrismaClient,
  steps: readonly SeedStep[] = [],
  options: SeedOptions = {},
): Promise<void> {
  checkStepIds(steps);
  await seedPlatform(prisma);
  options.log?.('Seeded platform');
  await runSeedSteps(prisma, steps, options);
}

/** Runs domain steps on a database that has the platform data already. */
export async function runSeedSteps(
  prisma: PrismaClient,
  steps: readonly SeedStep[],
  options: SeedOptions = {},
): Promise<void> {
  checkStepIds(steps);
  for (const step of steps) {
    try {
      await step.run(prisma);
    } catch (error) {
      throw new Error(`Seed step "${step.id}" failed: ${(error as Error).message}`, {
        cause: error,
      });
    }
    options.log?.(`Seeded ${step.id}`);
  }
}

function checkStepIds(steps: readonly SeedStep[]): void {
  const seen = new Set<string>();
  for (const step of steps) {
    if (seen.has(step.id)) throw new Error(`Duplicate seed step id "${step.id}"`);
    seen.add(step.id);
  }
}
