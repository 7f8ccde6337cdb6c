import { z } from 'zod';
import { areas } from '@luotsi/identity-domain';
import { languages } from './types';

const sessionUserSchema = z.object({
  area: z.enum(areas),
  subject: z.string().min(1),
  displayName: z.string(),
  roles: z.array(z.string()),
  personId: z.string().optional(),
  staffId: z.string().optional(),
  language: z.enum(languages).optional(),
});

/** A signed-in session, or a login in progress (PKCE verifier, state, nonce, where to return). */
export const sessionDataSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('session'), user: sessionUserSchema }),
  z.object({
    kind: z.literal('login'),
    state: z.string().min(1),
    nonce: z.string().min(1),
    codeVerifier: z.string().min(43),
    returnTo: z.string().startsWith('/'),
    language: z.enum(languages).optional(),
  }),
]);

export type SessionData = z.infer<typeof sessionDataSchema>;

export interface SessionRecord {
  area: (typeof areas)[number];
  /** The user's subject; empty for a login in progress. */
  subject: string;
  data: SessionData;
  createdAt: Date;
  lastSeenAt: Date;
  /** When the session ends unless used again: min(idle deadline, absolute deadline). */
  expiresAt: Date;
}

const serializedSchema = z.object({
  area: z.enum(areas),
  subject: z.string(),
  data: sessionDataSchema,
  createdAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});

export function serializeRecord(record: SessionRecord): string {
  return JSON.stringify({
    ...record,
    createdAt: record.createdAt.toISOString(),
    lastSeenAt: record.lastSeenAt.toISOString(),
    expiresAt: record.expiresAt.toISOString(),
  });
}

/** Anything unreadable (older format, tampering with the store) is no session at all. */
export function parseRecord(json: string): SessionRecord | null {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  const parsed = serializedSchema.safeParse(raw);
  if (!parsed.success) return null;
  return {
    ...parsed.data,
    createdAt: new Date(parsed.data.createdAt),
    lastSeenAt: new Date(parsed.data.lastSeenAt),
    expiresAt: new Date(parsed.data.expiresAt),
  };
}

export function parseData(raw: unknown): SessionData | null {
  const parsed = sessionDataSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
