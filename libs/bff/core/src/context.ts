import type { Language } from '@luotsi/shell-contract';
import type { PrismaClient } from '@luotsi/db';
import type { AccessLog } from './access-log';
import type { LiveEvents } from './live-events';

/** A signed-in user as resolvers see it; filled from the area's server-side session. */
export interface AuthenticatedUser {
  area: 'resident' | 'staff';
  subject: string;
  displayName: string;
  roles: readonly string[];
  /** Person row of a resident or carer. */
  personId?: string;
  /** StaffMember row of a professional. */
  staffId?: string;
}

export interface Logger {
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object | string, msg?: string): void;
}

export interface BffContext {
  requestId: string;
  /** The reader's language, from the request (Accept-Language or the x-luotsi-language header). */
  language: Language;
  prisma: PrismaClient;
  /** Residents and professionals have separate sessions; a browser may hold both. */
  viewer: { resident: AuthenticatedUser | null; staff: AuthenticatedUser | null };
  logger: Logger;
  now: () => Date;
  /** This request's access log: professionals' reads of client data, written when the operation completes. */
  accessLog: AccessLog;
  /** Events for GraphQL subscriptions, shared by the BFF instances (Redis) or this one (memory). */
  live: LiveEvents;
}
