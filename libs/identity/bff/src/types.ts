import { type Area } from '@luotsi/identity-domain';

export const languages = ['fi', 'sv', 'en'] as const;
export type Language = (typeof languages)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** Deployment mode of the BFF; 'production' never runs the embedded IdP. */
export type AuthMode = 'development' | 'demo' | 'production';

/** The signed-in person of one area, as the rest of the BFF sees it. */
export interface SessionUser {
  area: Area;
  /** The IdP's `sub`. */
  subject: string;
  displayName: string;
  roles: string[];
  personId?: string;
  staffId?: string;
  language?: Language;
}

/** Both areas' sessions of one browser; they are independent of each other. */
export interface AuthSession {
  resident?: SessionUser;
  staff?: SessionUser;
}

/** Claims of the ID token merged with the UserInfo response. */
export type IdentityClaims = { sub: string } & Record<string, unknown>;

/** Maps a verified identity to a user of the portal; null refuses the sign-in. */
export type ResolveUser = (area: Area, claims: IdentityClaims) => Promise<SessionUser | null>;

type LogFn = (details: Record<string, unknown>, message?: string) => void;
/** Structural, so that pino or console fit. */
export interface AuthLogger {
  info: LogFn;
  warn: LogFn;
  error: LogFn;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Express's own augmentation point
  namespace Express {
    interface Request {
      /** Set by `sessionMiddleware` of `createAuth`; absent on routes mounted before it. */
      session?: AuthSession;
    }
  }
}
