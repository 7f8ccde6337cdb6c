import type { Request, Router } from 'express';
import type { Prisma, PrismaClient, SeedStep } from '@luotsi/db';
import type { builder } from './builder';
import type { AuthenticatedUser } from './context';
import type { JobDefinition } from './jobs';
import type { NotificationType } from './notifications';

/** A text in each of the portal's languages: labels of a resident's data export and the like. */
export interface Trilingual {
  fi: string;
  sv: string;
  en: string;
}

/**
 * A stored {fi, sv?, en?} text with every language filled, a missing one by Finnish first (as
 * pickLanguage falls back); undefined when the value holds no text at all.
 */
export function trilingual(value: unknown): Trilingual | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Partial<Record<keyof Trilingual, unknown>>;
  const pick = (x: unknown) => (typeof x === 'string' && x.trim() !== '' ? x : undefined);
  const fi = pick(v.fi) ?? pick(v.sv) ?? pick(v.en);
  return fi ? { fi, sv: pick(v.sv) ?? fi, en: pick(v.en) ?? fi } : undefined;
}

/** Prisma outside or inside a transaction: module privacy hooks work with either. */
export type PrismaLike = PrismaClient | Prisma.TransactionClient;

/** One value of a resident's data export. JSON keeps `value` as is; the readable copy formats it. */
export interface PersonalDataField {
  /** Machine-readable name in the JSON export, e.g. "urgency". */
  key: string;
  label: Trilingual;
  value: string | number | boolean | null;
  /** How the readable copy shows the value (dates in Europe/Helsinki, cents as euros). */
  format?: 'date' | 'dateTime' | 'cents';
  /** The meaning of a coded value in each language, e.g. urgency "same-day". */
  valueLabel?: Trilingual;
}

/** One kind of record a module keeps about a person, with the person's records of that kind. */
export interface PersonalDataSection {
  /** Unique across modules, "<module>.<records>", e.g. "symptoms.contact-requests". */
  id: string;
  title: Trilingual;
  /** Why the county keeps these records: shown above them in the readable copy. */
  purpose: Trilingual;
  records: PersonalDataField[][];
}

/**
 * One kind of personal data a module stores, how long it is kept and how what has expired is
 * removed. The period is configuration (docs/privacy.md); the purge is given the cut-off time.
 */
export interface RetentionRule {
  /** Unique across modules, "<module>.<records>"; names the setting RETENTION_DAYS_<ID>. */
  id: string;
  /** What is removed and from when the period counts, for operators and docs/privacy.md. */
  description: string;
  /** Default period in days; a deployment may change it (RETENTION_DAYS_<ID>). */
  defaultDays: number;
  /**
   * Removes (or strips of personal data) the records whose period ended before `cutoff`, and
   * returns how many it touched. Records still open (an unhandled request, an agreement in force)
   * never expire.
   */
  purge: (prisma: PrismaLike, cutoff: Date) => Promise<number>;
}

/** Data a resident gave voluntarily and may delete at any time (contact details, preferences). */
export interface OptionalPersonalData {
  /** What the module holds of this kind for the person now, one item per kind. */
  list: (prisma: PrismaLike, personId: string) => Promise<{ key: string; label: Trilingual; present: boolean }[]>;
  /** Deletes all of it; runs in one transaction with the other modules' deletions. */
  delete: (prisma: PrismaLike, personId: string) => Promise<void>;
}

/** What the routes of a module receive besides the router. */
export interface BffRouteDeps {
  prisma: () => PrismaClient;
  /** The signed-in users of the request, from its sessions. */
  viewerOf: (req: Request) => { resident: AuthenticatedUser | null; staff: AuthenticatedUser | null };
  /** Every module of the BFF, for cross-cutting routes such as a resident's data export. */
  modules: readonly BffModule[];
}

/** What `schema` receives besides the builder: the composition it is part of. */
export interface BffComposition {
  modules: readonly BffModule[];
}

/**
 * What a domain contributes to the BFF. Adding a module is one line in apps/bff/src/modules.ts.
 */
export interface BffModule {
  /** Kebab-case id; the same as the frontend module's id when there is one. */
  id: string;
  /** Registers the module's types, queries and mutations on the shared builder. */
  schema?: (b: typeof builder, composition: BffComposition) => void;
  /** Extra HTTP routes (file downloads, webhooks), mounted under /api/<id>. */
  routes?: (router: Router, deps: BffRouteDeps) => void;
  /** Demo data; idempotent. */
  seed?: SeedStep;
  /** The remote (micro-frontend) of the module, when it has one. */
  frontend?: { remoteName: string };
  /**
   * The module's part of a resident's data export (GDPR art. 15 and 20): every record it keeps
   * about the person, with labels in fi/sv/en. A module reads only its own tables here.
   */
  personalData?: (prisma: PrismaLike, personId: string) => Promise<PersonalDataSection[]>;
  /** What the module stores about people, for how long by default, and how expired data goes. */
  retention?: readonly RetentionRule[];
  /** What the resident may delete themselves (art. 17 for data not needed for a legal duty). */
  optionalData?: OptionalPersonalData;
  /** Background work on a schedule or on demand, run by the platform's job queue (@luotsi/jobs). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each job has its own data
  jobs?: readonly JobDefinition<any>[];
  /**
   * What the module tells people: its notification types with their templates in fi/sv/en
   * (written with `notify` from @luotsi/notify, delivered by the platform's relay).
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each type has its own data
  notifications?: readonly NotificationType<any>[];
}

export function defineBffModule(module: BffModule): BffModule {
  return module;
}
