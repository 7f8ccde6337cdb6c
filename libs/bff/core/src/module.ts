import type { Router } from 'express';
import type { PrismaClient, SeedStep } from '@luotsi/db';
import type { builder } from './builder';

/**
 * What a domain contributes to the BFF. Adding a module is one line in apps/bff/src/modules.ts.
 */
export interface BffModule {
  /** Kebab-case id; the same as the frontend module's id when there is one. */
  id: string;
  /** Registers the module's types, queries and mutations on the shared builder. */
  schema?: (b: typeof builder) => void;
  /** Extra HTTP routes (file downloads, webhooks), mounted under /api/<id>. */
  routes?: (router: Router, deps: { prisma: () => PrismaClient }) => void;
  /** Demo data; idempotent. */
  seed?: SeedStep;
  /** The remote (micro-frontend) of the module, when it has one. */
  frontend?: { remoteName: string };
}

export function defineBffModule(module: BffModule): BffModule {
  return module;
}
