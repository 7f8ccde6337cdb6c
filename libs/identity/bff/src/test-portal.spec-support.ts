import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import express from 'express';
import { personas } from '@luotsi/identity-domain';
import { createAuth, type Auth } from './auth';
import { createDevIdentityProvider, devIdpClientIds } from './dev-idp';
import { createPersonaUserResolver } from './persona-user';
import { MemorySessionStore, type SessionStore } from './session-store';
import { type AuthLogger, type ResolveUser } from './types';

export const silentLogger: AuthLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

export interface TestPortalOptions {
  now?: () => Date;
  cookieSecure?: boolean;
  resolveUser?: ResolveUser;
  sessionStore?: SessionStore;
  /** Replaces the staff issuer, e.g. with an unreachable one. */
  staffIssuer?: string;
  sessionIdleMinutes?: number;
  sessionAbsoluteHours?: number;
}

export interface TestPortal {
  publicUrl: string;
  auth: Auth;
  close(): Promise<void>;
}

/**
 * The BFF's sign-in as the app mounts it: the demo IdP at /idp, then the session middleware,
 * then the /auth routes, on a random port of 127.0.0.1.
 */
export async function startTestPortal(options: TestPortalOptions = {}): Promise<TestPortal> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const publicUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = `${publicUrl}/idp`;
  const secrets = { resident: 'resident-test-secret', staff: 'staff-test-secret' };

  const idp = createDevIdentityProvider({
    issuer,
    mode: 'development',
    personas,
    clients: {
      resident: { clientSecret: secrets.resident, redirectUris: [`${publicUrl}/auth/resident/callback`] },
      staff: { clientSecret: secrets.staff, redirectUris: [`${publicUrl}/auth/staff/callback`] },
    },
    logger: silentLogger,
  });
  const auth = createAuth(
    {
      publicUrl,
      mode: 'development',
      cookieSecure: options.cookieSecure ?? false,
      ...(options.sessionIdleMinutes ? { sessionIdleMinutes: options.sessionIdleMinutes } : {}),
      ...(options.sessionAbsoluteHours ? { sessionAbsoluteHours: options.sessionAbsoluteHours } : {}),
      areas: {
        resident: { issuer, clientId: devIdpClientIds.resident, clientSecret: secrets.resident },
        staff: { issuer: options.staffIssuer ?? issuer, clientId: devIdpClientIds.staff, clientSecret: secrets.staff },
      },
      allowInsecureIssuer: true,
    },
    {
      sessionStore: options.sessionStore ?? new MemorySessionStore(options.now ? { now: options.now } : {}),
      resolveUser: options.resolveUser ?? createPersonaUserResolver(),
      logger: silentLogger,
      ...(options.now ? { now: options.now } : {}),
    },
  );

  const app = express();
  app.use('/idp', idp.router);
  app.use(auth.sessionMiddleware);
  app.use(auth.router);
  app.get('/whoami', (req, res) => {
    res.json(req.session);
  });
  server.on('request', app);

  return {
    publicUrl,
    auth,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

interface StoredCookie {
  name: string;
  value: string;
  path: string;
}

/** `fetch` with a cookie jar that honours Path, Max-Age and Expires, following redirects by hand. */
export class TestBrowser {
  cookies: StoredCookie[] = [];

  cookie(name: string): string | undefined {
    return this.cookies.find((c) => c.name === name)?.value;
  }

  setCookie(name: string, value: string, path = '/'): void {
    this.cookies = this.cookies.filter((c) => !(c.name === name && c.path === path));
    this.cookies.push({ name, value, path });
  }

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const { pathname } = new URL(url);
    const matching = this.cookies.filter(
      (c) => pathname === c.path || pathname.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`),
    );
    const headers = new Headers(init.headers);
    if (matching.length) headers.set('cookie', matching.map((c) => `${c.name}=${c.value}`).join('; '));
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const header of response.headers.getSetCookie()) this.#store(header, pathname);
    return response;
  }

  /** Follows redirects; returns the last response and every URL visited. */
  async follow(url: string, init: RequestInit = {}, maxHops = 12): Promise<{ response: Response; url: string; visited: string[] }> {
    const visited = [url];
    let response = await this.request(url, init);
    let current = url;
    while (response.status >= 300 && response.status < 400) {
      if (visited.length > maxHops) throw new Error(`too many redirects: ${visited.join(' -> ')}`);
      const location = response.headers.get('location');
      if (!location) throw new Error('redirect without Location');
      await response.arrayBuffer();
      current = new URL(location, current).href;
      visited.push(current);
      response = await this.request(current);
    }
    return { response, url: current, visited };
  }

  #store(header: string, requestPath: string): void {
    const [pair = '', ...attributes] = header.split(';').map((p) => p.trim());
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    let path = requestPath.slice(0, requestPath.lastIndexOf('/') + 1) || '/';
    let expired = false;
    for (const attribute of attributes) {
      const [key = '', val = ''] = attribute.split('=');
      const lower = key.toLowerCase();
      if (lower === 'path') path = val;
      if (lower === 'max-age' && Number(val) <= 0) expired = true;
      if (lower === 'expires' && new Date(val).getTime() <= Date.now()) expired = true;
    }
    this.cookies = this.cookies.filter((c) => !(c.name === name && c.path === path));
    if (!expired && value !== '') this.cookies.push({ name, value, path });
  }
}

export function formAction(html: string): string {
  const match = /<form method="post" action="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('no form in the page');
  return match[1].replaceAll('&amp;', '&');
}

export function listedPersonas(html: string): { subjects: string[]; names: string[]; descriptions: string[] } {
  return {
    subjects: [...html.matchAll(/name="persona" value="([^"]+)"/g)].map((m) => m[1] ?? ''),
    names: [...html.matchAll(/<span class="name">([^<]+)<\/span>/g)].map((m) => m[1] ?? ''),
    descriptions: [...html.matchAll(/<span class="description">([^<]+)<\/span>/g)].map((m) => m[1] ?? ''),
  };
}

/** Opens the persona picker of an area; returns its HTML and URL. */
export async function openPicker(
  browser: TestBrowser, portal: TestPortal, area: 'resident' | 'staff', query: Record<string, string> = {},
): Promise<{ html: string; url: string; status: number }> {
  const { response, url } = await browser.follow(`${portal.publicUrl}/auth/${area}/login?${new URLSearchParams(query)}`);
  return { html: await response.text(), url, status: response.status };
}

/** Signs in through the IdP as the given persona; returns where the browser ended up. */
export async function signIn(
  browser: TestBrowser, portal: TestPortal, area: 'resident' | 'staff', persona: string, query: Record<string, string> = {},
): Promise<{ url: string; status: number; html: string; visited: string[] }> {
  const picker = await openPicker(browser, portal, area, query);
  if (picker.status !== 200) throw new Error(`picker not shown (${picker.status}): ${picker.html.slice(0, 300)}`);
  const action = new URL(formAction(picker.html), picker.url).href;
  const { response, url, visited } = await browser.follow(action, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ persona }).toString(),
  });
  return { url, status: response.status, html: await response.text(), visited };
}

export async function sessionOf(browser: TestBrowser, portal: TestPortal): Promise<{
  resident: { displayName: string; roles: string[]; language: string | null } | null;
  staff: { displayName: string; roles: string[]; language: string | null } | null;
}> {
  const response = await browser.request(`${portal.publicUrl}/auth/session`);
  return response.json();
}
