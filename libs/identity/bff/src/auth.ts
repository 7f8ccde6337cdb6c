import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import * as client from 'openid-client';
import { parse as parseCookie, serialize as serializeCookie, type SerializeOptions } from 'cookie';
import { z } from 'zod';
import { type Area, areas } from '@luotsi/identity-domain';
import { escapeHtml, pageContentSecurityPolicy, renderPage } from './html';
import { type PageText, type Texts, texts } from './messages';
import { safeReturnTo } from './return-to';
import { type SessionRecord } from './session-record';
import { type SessionStore, ttlSecondsUntil } from './session-store';
import { isWellFormedToken, newToken, storeKey } from './tokens';
import {
  type AuthLogger, type AuthSession, type IdentityClaims, type Language, type ResolveUser, type SessionUser,
  isLanguage,
} from './types';

export interface AreaClientConfig {
  /** Issuer identifier; discovery reads `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Defaults: resident `openid profile personal_identity_code`, staff `openid profile roles`. */
  scope?: string;
}

export interface AuthConfig {
  /** The portal's origin as browsers see it, e.g. `https://luotsi.example.fi`; no path. */
  publicUrl: string;
  mode: 'development' | 'demo' | 'production';
  /** `Secure` and the `__Host-` prefix on cookies; required in production. */
  cookieSecure: boolean;
  sessionIdleMinutes?: number;
  sessionAbsoluteHours?: number;
  areas: Record<Area, AreaClientConfig>;
  /** Permits an http issuer on localhost (the embedded demo IdP); never in production. */
  allowInsecureIssuer?: boolean;
}

export interface AuthDeps {
  sessionStore: SessionStore;
  resolveUser: ResolveUser;
  logger?: AuthLogger;
  /** Injected clock for tests. */
  now?: () => Date;
}

export interface Auth {
  /** `/auth/...` routes; mount at the app root. */
  router: Router;
  /** Sets `req.session` from the two session cookies. */
  sessionMiddleware: RequestHandler;
  sessionStore: SessionStore;
  /** Cookie names in use (they depend on `cookieSecure`). */
  cookieNames: { session: Record<Area, string>; login: Record<Area, string> };
}

const areaClientSchema = z.object({
  issuer: z.url({ protocol: /^https?$/ }),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  scope: z.string().min(1).optional(),
});

const configSchema = z.object({
  publicUrl: z.url({ protocol: /^https?$/ }),
  mode: z.enum(['development', 'demo', 'production']),
  cookieSecure: z.boolean(),
  sessionIdleMinutes: z.number().positive().default(30),
  sessionAbsoluteHours: z.number().positive().default(12),
  areas: z.object({ resident: areaClientSchema, staff: areaClientSchema }),
  allowInsecureIssuer: z.boolean().default(false),
});

const defaultScopes: Record<Area, string> = {
  resident: 'openid profile personal_identity_code',
  staff: 'openid profile roles',
};

/** A login has this long to come back from the IdP. */
const loginTtlSeconds = 10 * 60;
/** Idle deadlines move at most this often, so reading a session rarely writes to the store. */
const touchIntervalMs = 60_000;

const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

const consoleLogger: AuthLogger = {
  info: (details, message) => console.info(message ?? '', details),
  warn: (details, message) => console.warn(message ?? '', details),
  error: (details, message) => console.error(message ?? '', details),
};

/**
 * Sign-in for both areas: the BFF is an OpenID Connect client (authorization code + PKCE + state
 * + nonce) of the residents' IdP and of the staff IdP, and keeps a server-side session per area.
 */
export function createAuth(rawConfig: AuthConfig, deps: AuthDeps): Auth {
  const config = configSchema.parse(rawConfig);
  const publicUrl = new URL(config.publicUrl);
  if (publicUrl.pathname !== '/' || publicUrl.search || publicUrl.hash) {
    throw new Error('publicUrl must be an origin without a path, e.g. https://luotsi.example.fi');
  }
  const origin = publicUrl.origin;
  if (config.mode === 'production' && (publicUrl.protocol !== 'https:' || !config.cookieSecure)) {
    throw new Error('In production, publicUrl must be https and cookieSecure true.');
  }
  for (const area of areas) {
    const issuer = new URL(config.areas[area].issuer);
    if (issuer.protocol === 'http:') {
      const allowed = config.allowInsecureIssuer && config.mode !== 'production' && localHosts.has(issuer.hostname);
      if (!allowed) {
        throw new Error(`The ${area} issuer must be https (http is allowed only for the embedded IdP on localhost outside production).`);
      }
    }
  }

  const store = deps.sessionStore;
  const logger = deps.logger ?? consoleLogger;
  const now = deps.now ?? (() => new Date());
  const idleMs = config.sessionIdleMinutes * 60_000;
  const absoluteMs = config.sessionAbsoluteHours * 3_600_000;

  // __Host- makes the browser refuse the cookie unless it is Secure, host-only and Path=/.
  const prefix = config.cookieSecure ? '__Host-' : '';
  const cookieNames = {
    session: { resident: `${prefix}luotsi_resident`, staff: `${prefix}luotsi_staff` },
    login: { resident: `${prefix}luotsi_login_resident`, staff: `${prefix}luotsi_login_staff` },
  } satisfies Auth['cookieNames'];
  const baseCookie: SerializeOptions = { httpOnly: true, sameSite: 'lax', path: '/', secure: config.cookieSecure };

  const setCookie = (res: Response, name: string, value: string, options: SerializeOptions = {}) => {
    res.append('Set-Cookie', serializeCookie(name, value, { ...baseCookie, ...options }));
  };
  const clearCookie = (res: Response, name: string) => setCookie(res, name, '', { maxAge: 0, expires: new Date(0) });
  const readCookies = (req: Request) => parseCookie(req.headers.cookie ?? '');

  const redirectUri = (area: Area) => `${origin}/auth/${area}/callback`;

  // Discovery waits for the first login: at startup the BFF (and so the embedded IdP) may not
  // be listening yet. A failure is not cached, so the next login tries again.
  const discovered = new Map<Area, Promise<client.Configuration>>();
  const oidcClient = (area: Area): Promise<client.Configuration> => {
    let pending = discovered.get(area);
    if (!pending) {
      const { issuer, clientId, clientSecret } = config.areas[area];
      const insecure = new URL(issuer).protocol === 'http:';
      pending = client.discovery(new URL(issuer), clientId, undefined, client.ClientSecretBasic(clientSecret), {
        execute: insecure ? [client.allowInsecureRequests] : [],
        timeout: 10,
      });
      discovered.set(area, pending);
      pending.catch(() => discovered.delete(area));
    }
    return pending;
  };

  const defaultReturnTo = (area: Area, language: Language | undefined) =>
    area === 'staff' ? '/staff/' : `/${language ?? 'fi'}/`;
  const loginHref = (area: Area, returnTo: string, language: Language | undefined) =>
    `/auth/${area}/login?${new URLSearchParams({ returnTo, ...(language ? { lang: language } : {}) })}`;

  const sendPage = (
    res: Response, status: number, language: Language, page: PageText, links: { href: string; text: string }[],
  ) => {
    res.status(status).set({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': pageContentSecurityPolicy,
      'Cache-Control': 'no-store',
    }).send(renderPage({
      language,
      title: page.title,
      body: `<h1>${escapeHtml(page.title)}</h1><p>${escapeHtml(page.text)}</p>${links
        .map((l) => `<p><a href="${escapeHtml(l.href)}">${escapeHtml(l.text)}</a></p>`)
        .join('')}`,
    }));
  };
  const sendAuthError = (
    res: Response, status: number, area: Area, language: Language | undefined, page: keyof Texts['pages'],
    returnTo: string = defaultReturnTo(area, language),
  ) => {
    const lang = language ?? 'fi';
    const t = texts[lang];
    sendPage(res, status, lang, page === 'notInUse' ? t.pages.notInUse[area] : t.pages[page], [
      ...(page === 'notInUse' ? [] : [{ href: loginHref(area, returnTo, language), text: t.links.tryAgain }]),
      { href: defaultReturnTo(area, language), text: t.links.frontPage },
    ]);
  };

  async function login(area: Area, req: Request, res: Response): Promise<void> {
    const language = queryParam(req, 'lang');
    const lang = isLanguage(language) ? language : undefined;
    const returnTo = safeReturnTo(queryParam(req, 'returnTo'), origin) ?? defaultReturnTo(area, lang);
    let oidc: client.Configuration;
    try {
      oidc = await oidcClient(area);
    } catch (error) {
      logger.error({ err: error, area, issuer: config.areas[area].issuer }, 'identity provider discovery failed');
      sendAuthError(res, 503, area, lang, 'idpUnavailable', returnTo);
      return;
    }
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const token = newToken();
    const at = now();
    const pending: SessionRecord = {
      area,
      subject: '',
      data: { kind: 'login', state, nonce, codeVerifier, returnTo, ...(lang ? { language: lang } : {}) },
      createdAt: at,
      lastSeenAt: at,
      expiresAt: new Date(at.getTime() + loginTtlSeconds * 1000),
    };
    await store.set(storeKey(token, 'login'), pending, loginTtlSeconds);
    setCookie(res, cookieNames.login[area], token, { maxAge: loginTtlSeconds });
    const authorizationUrl = client.buildAuthorizationUrl(oidc, {
      redirect_uri: redirectUri(area),
      scope: config.areas[area].scope ?? defaultScopes[area],
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      ...(lang ? { ui_locales: lang } : {}),
    });
    res.set('Cache-Control', 'no-store').redirect(303, authorizationUrl.href);
  }

  async function callback(area: Area, req: Request, res: Response): Promise<void> {
    res.set('Cache-Control', 'no-store');
    const cookies = readCookies(req);
    const loginToken = cookies[cookieNames.login[area]];
    clearCookie(res, cookieNames.login[area]);
    let pending: SessionRecord | null = null;
    if (isWellFormedToken(loginToken)) {
      const key = storeKey(loginToken, 'login');
      pending = await store.get(key);
      // Single use: a replayed callback finds nothing.
      if (pending) await store.destroy(key);
    }
    if (!pending || pending.area !== area || pending.data.kind !== 'login') {
      const lang = queryParam(req, 'lang');
      sendAuthError(res, 400, area, isLanguage(lang) ? lang : undefined, 'loginExpired');
      return;
    }
    const { state, nonce, codeVerifier, returnTo, language } = pending.data;

    const idpError = queryParam(req, 'error');
    if (idpError) {
      logger.info({ event: 'auth.login_failed', area, error: idpError }, 'identity provider returned an error');
      sendAuthError(res, 400, area, language, 'loginFailed', returnTo);
      return;
    }

    let oidc: client.Configuration;
    try {
      oidc = await oidcClient(area);
    } catch (error) {
      logger.error({ err: error, area }, 'identity provider discovery failed');
      sendAuthError(res, 503, area, language, 'idpUnavailable', returnTo);
      return;
    }

    let claims: IdentityClaims;
    try {
      const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
      const tokens = await client.authorizationCodeGrant(oidc, new URL(`${redirectUri(area)}${query}`), {
        pkceCodeVerifier: codeVerifier,
        expectedState: state,
        expectedNonce: nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new Error('no ID token');
      // Profile claims (name, identity code, roles) come from UserInfo when the IdP has one.
      const userInfo = oidc.serverMetadata().userinfo_endpoint
        ? await client.fetchUserInfo(oidc, tokens.access_token, idToken.sub)
        : {};
      claims = { ...userInfo, ...idToken };
    } catch (error) {
      logger.warn({ err: error, area }, 'sign-in response was rejected');
      sendAuthError(res, 400, area, language, 'loginFailed', returnTo);
      return;
    }

    let user: SessionUser | null;
    try {
      user = await deps.resolveUser(area, claims);
    } catch (error) {
      logger.error({ err: error, area }, 'resolving the signed-in user failed');
      sendAuthError(res, 500, area, language, 'unexpected', returnTo);
      return;
    }
    if (!user || user.area !== area) {
      logger.warn({ event: 'auth.refused', area, subject: claims.sub }, 'identified user is not in use here');
      sendAuthError(res, 403, area, language, 'notInUse', returnTo);
      return;
    }
    const sessionUser: SessionUser = { ...user, ...(user.language || !language ? {} : { language }) };

    // Session fixation: whatever session this browser had in this area ends; a new id is issued.
    const previous = cookies[cookieNames.session[area]];
    if (isWellFormedToken(previous)) await store.destroy(storeKey(previous, 'session'));
    const token = newToken();
    const at = now();
    const expiresAt = new Date(Math.min(at.getTime() + idleMs, at.getTime() + absoluteMs));
    await store.set(
      storeKey(token, 'session'),
      { area, subject: sessionUser.subject, data: { kind: 'session', user: sessionUser }, createdAt: at, lastSeenAt: at, expiresAt },
      ttlSecondsUntil(expiresAt, at),
    );
    // No Max-Age: the cookie goes with the browser session; the server enforces the timeouts.
    setCookie(res, cookieNames.session[area], token);
    logger.info({ event: 'auth.login', area, subject: sessionUser.subject }, 'signed in');
    res.redirect(303, `${origin}${returnTo}`);
  }

  async function readArea(area: Area, token: string | undefined, res: Response): Promise<SessionUser | undefined> {
    if (token === undefined) return undefined;
    const name = cookieNames.session[area];
    if (!isWellFormedToken(token)) {
      clearCookie(res, name);
      return undefined;
    }
    const id = storeKey(token, 'session');
    const record = await store.get(id);
    if (!record || record.area !== area || record.data.kind !== 'session' || record.data.user.area !== area) {
      clearCookie(res, name);
      return undefined;
    }
    const at = now().getTime();
    const absoluteAt = record.createdAt.getTime() + absoluteMs;
    if (at >= record.expiresAt.getTime() || at >= absoluteAt) {
      await store.destroy(id);
      clearCookie(res, name);
      return undefined;
    }
    if (at - record.lastSeenAt.getTime() >= touchIntervalMs) {
      const expiresAt = new Date(Math.min(at + idleMs, absoluteAt));
      await store.touch(id, { lastSeenAt: new Date(at), expiresAt }, ttlSecondsUntil(expiresAt, new Date(at)));
    }
    return record.data.user;
  }

  async function readSession(req: Request, res: Response): Promise<AuthSession> {
    const cookies = readCookies(req);
    const [resident, staff] = await Promise.all(areas.map((area) => readArea(area, cookies[cookieNames.session[area]], res)));
    return { ...(resident ? { resident } : {}), ...(staff ? { staff } : {}) };
  }

  const sessionMiddleware: RequestHandler = async (req, res, next) => {
    req.session = await readSession(req, res);
    next();
  };

  async function logout(area: Area, req: Request, res: Response): Promise<void> {
    // SameSite=Lax already keeps the cookie off cross-site POSTs; the Origin check is a second lock.
    const requestOrigin = req.get('origin');
    if (requestOrigin !== undefined && requestOrigin !== origin) {
      res.status(403).json({ error: 'forbidden' });
      return;
    }
    const token = readCookies(req)[cookieNames.session[area]];
    if (isWellFormedToken(token)) {
      const id = storeKey(token, 'session');
      const record = await store.get(id);
      await store.destroy(id);
      if (record) logger.info({ event: 'auth.logout', area, subject: record.subject }, 'signed out');
    }
    clearCookie(res, cookieNames.session[area]);
    if (req.session) delete req.session[area];
    res.set('Cache-Control', 'no-store');
    // A resident's unfinished symptom-check answers live in sessionStorage (the one reviewed use,
    // docs/privacy.md): signing out clears the portal's browser storage, so the next person at a
    // shared computer finds nothing. (Not on staff sign-out: it would drop the staff UI language.)
    if (area === 'resident') res.set('Clear-Site-Data', '"storage"');
    if (req.accepts(['json', 'html']) === 'html') {
      const language = queryParam(req, 'lang');
      const lang = isLanguage(language) ? language : undefined;
      res.redirect(303, `${origin}${safeReturnTo(queryParam(req, 'returnTo'), origin) ?? defaultReturnTo(area, lang)}`);
    } else {
      res.status(204).end();
    }
  }

  const router = express.Router();
  for (const area of areas) {
    router.get(`/auth/${area}/login`, (req, res) => login(area, req, res));
    router.get(`/auth/${area}/callback`, (req, res) => callback(area, req, res));
    router.post(`/auth/${area}/logout`, (req, res) => logout(area, req, res));
  }
  router.get('/auth/session', async (req, res) => {
    const session = req.session ?? (await readSession(req, res));
    const summary = (user: SessionUser | undefined) =>
      user ? { displayName: user.displayName, roles: user.roles, language: user.language ?? null } : null;
    res.set({ 'Cache-Control': 'no-store', Vary: 'Cookie' }).json({
      resident: summary(session.resident),
      staff: summary(session.staff),
    });
  });

  return { router, sessionMiddleware, sessionStore: store, cookieNames };
}

function queryParam(req: Request, name: string): string | undefined {
  const value: unknown = (req.query as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

