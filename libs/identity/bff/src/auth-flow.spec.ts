import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personaDisplayName, personas } from '@luotsi/identity-domain';
import {
  TestBrowser, type TestPortal, formAction, listedPersonas, openPicker, sessionOf, signIn, startTestPortal,
} from './test-portal.spec-support';
import { createPersonaUserResolver } from './persona-user';
import { type IdentityClaims } from './types';

const residentSubjects = personas.filter((p) => p.area === 'resident').map((p) => p.subject);
const staffSubjects = personas.filter((p) => p.area === 'staff').map((p) => p.subject);

describe('sign-in through the embedded demo IdP', () => {
  let portal: TestPortal;
  const seenClaims: { area: string; claims: IdentityClaims }[] = [];
  const personaResolver = createPersonaUserResolver();

  beforeAll(async () => {
    portal = await startTestPortal({
      resolveUser: async (area, claims) => {
        seenClaims.push({ area, claims });
        return personaResolver(area, claims);
      },
    });
  });
  afterAll(() => portal.close());

  it('serves discovery under /idp with the /idp issuer and a public-only JWKS', async () => {
    const metadata = await (await fetch(`${portal.publicUrl}/idp/.well-known/openid-configuration`)).json();
    expect(metadata.issuer).toBe(`${portal.publicUrl}/idp`);
    expect(metadata.authorization_endpoint).toBe(`${portal.publicUrl}/idp/auth`);
    expect(metadata.token_endpoint).toBe(`${portal.publicUrl}/idp/token`);
    expect(metadata.code_challenge_methods_supported).toEqual(['S256']);
    expect(metadata.ui_locales_supported).toEqual(['fi', 'sv', 'en']);
    const jwks = await (await fetch(metadata.jwks_uri)).json();
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', use: 'sig' });
    expect(jwks.keys[0].d).toBeUndefined();
  });

  it('lists exactly the residents and carers for the resident client, in Finnish by default', async () => {
    const { html, status, url } = await openPicker(new TestBrowser(), portal, 'resident');
    expect(status).toBe(200);
    expect(url).toMatch(new RegExp(`^${portal.publicUrl}/idp/interaction/`));
    expect(html).toContain('<html lang="fi">');
    expect(html).toContain('<title>Kirjaudu sisään – Luotsi (demo)</title>');
    expect(html).toContain('<h1>Valitse, kenenä kirjaudut</h1>');
    const listed = listedPersonas(html);
    expect(listed.subjects).toEqual(residentSubjects);
    expect(listed.names).toEqual(['Tessa Testilä', 'Ville Virtanen', 'Olli Omaishoitaja', 'Pirjo Perhehoitaja']);
    expect(listed.descriptions[0]).toBe('Asukas, kahden lapsen huoltaja (Espoo)');
  });

  it('shows the picker in Swedish when the login asks for sv, with links to the other languages', async () => {
    const { html, url } = await openPicker(new TestBrowser(), portal, 'resident', { lang: 'sv' });
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<h1>Välj vem du loggar in som</h1>');
    expect(listedPersonas(html).descriptions).toEqual(
      personas.filter((p) => p.area === 'resident').map((p) => p.description.sv),
    );
    const { pathname } = new URL(url);
    expect(html).toContain(`href="${pathname}?lang=fi" lang="fi" hreflang="fi">Suomeksi</a>`);
    expect(html).toContain(`href="${pathname}?lang=en" lang="en" hreflang="en">In English</a>`);
    expect(html).toContain('aria-current="true">På svenska</a>');
  });

  it('switches the picker language by its links', async () => {
    const browser = new TestBrowser();
    const { url } = await openPicker(browser, portal, 'staff');
    const response = await browser.request(`${url}?lang=en`);
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(listedPersonas(html).descriptions).toEqual(personas.filter((p) => p.area === 'staff').map((p) => p.description.en));
  });

  it('lists exactly the professionals for the staff client, in fi and sv', async () => {
    const fi = await openPicker(new TestBrowser(), portal, 'staff', { lang: 'fi' });
    expect(listedPersonas(fi.html).subjects).toEqual(staffSubjects);
    expect(listedPersonas(fi.html).names).toEqual(
      personas.filter((p) => p.area === 'staff').map(personaDisplayName),
    );
    expect(fi.html).toContain('<title>Ammattilaisen kirjautuminen – Luotsi (demo)</title>');
    const sv = await openPicker(new TestBrowser(), portal, 'staff', { lang: 'sv' });
    expect(listedPersonas(sv.html).subjects).toEqual(staffSubjects);
    expect(listedPersonas(sv.html).descriptions).toContain('Handledare för närståendevård, västra och södra serviceområdet');
  });

  it('signs a resident in and returns to the requested page', async () => {
    const browser = new TestBrowser();
    const result = await signIn(browser, portal, 'resident', 'resident-tessa', { returnTo: '/fi/omat-asiat?tab=2', lang: 'fi' });
    expect(result.url).toBe(`${portal.publicUrl}/fi/omat-asiat?tab=2`);
    // The flow really went through the IdP and back to the callback.
    expect(result.visited.some((u) => u.startsWith(`${portal.publicUrl}/auth/resident/callback?code=`))).toBe(true);
    expect(browser.cookie('luotsi_resident')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(browser.cookie('luotsi_login_resident')).toBeUndefined();
    expect(await sessionOf(browser, portal)).toEqual({
      resident: { displayName: 'Tessa Testilä', roles: ['resident'], language: 'fi' },
      staff: null,
    });
    const whoami = await (await browser.request(`${portal.publicUrl}/whoami`)).json();
    expect(whoami).toEqual({
      resident: { area: 'resident', subject: 'resident-tessa', displayName: 'Tessa Testilä', roles: ['resident'], language: 'fi' },
    });
  });

  it('releases the identity code to the resident client and roles to the staff client only', async () => {
    seenClaims.length = 0;
    await signIn(new TestBrowser(), portal, 'resident', 'carer-olli');
    await signIn(new TestBrowser(), portal, 'staff', 'staff-kaisa');
    const resident = seenClaims.find((c) => c.area === 'resident')?.claims;
    const staff = seenClaims.find((c) => c.area === 'staff')?.claims;
    const olli = personas.find((p) => p.subject === 'carer-olli');
    expect(resident).toMatchObject({
      sub: 'carer-olli', name: 'Olli Omaishoitaja', given_name: 'Olli', family_name: 'Omaishoitaja',
      personal_identity_code: olli?.area === 'resident' ? olli.personalIdentityCode : 'missing',
    });
    expect(resident?.['roles']).toBeUndefined();
    expect(staff).toMatchObject({ sub: 'staff-kaisa', name: 'Kaisa Koordinaattori', roles: ['caregiver-coordinator'] });
    expect(staff?.['personal_identity_code']).toBeUndefined();
  });

  it('keeps a resident and a staff session side by side; logging out ends only one', async () => {
    const browser = new TestBrowser();
    await signIn(browser, portal, 'resident', 'carer-pirjo');
    await signIn(browser, portal, 'staff', 'staff-hanna');
    expect(await sessionOf(browser, portal)).toEqual({
      resident: { displayName: 'Pirjo Perhehoitaja', roles: ['resident', 'carer'], language: 'fi' },
      staff: { displayName: 'Hanna Hoitaja', roles: ['nurse'], language: null },
    });
    expect(browser.cookie('luotsi_resident')).not.toBe(browser.cookie('luotsi_staff'));

    const logout = await browser.request(`${portal.publicUrl}/auth/staff/logout`, { method: 'POST' });
    expect(logout.status).toBe(204);
    expect(browser.cookie('luotsi_staff')).toBeUndefined();
    expect(await sessionOf(browser, portal)).toEqual({
      resident: { displayName: 'Pirjo Perhehoitaja', roles: ['resident', 'carer'], language: 'fi' },
      staff: null,
    });
  });

  it('ends the server session at logout, so a copied cookie is worthless afterwards', async () => {
    const browser = new TestBrowser();
    await signIn(browser, portal, 'resident', 'resident-ville');
    const copy = new TestBrowser();
    copy.setCookie('luotsi_resident', browser.cookie('luotsi_resident') ?? '');
    expect((await sessionOf(copy, portal)).resident?.displayName).toBe('Ville Virtanen');
    const logout = await browser.request(`${portal.publicUrl}/auth/resident/logout?returnTo=/sv/`, {
      method: 'POST',
      headers: { accept: 'text/html', origin: portal.publicUrl },
    });
    expect(logout.status).toBe(303);
    expect(logout.headers.get('location')).toBe(`${portal.publicUrl}/sv/`);
    // Unfinished symptom-check answers kept in the tab go with the session.
    expect(logout.headers.get('clear-site-data')).toBe('"storage"');
    expect((await sessionOf(copy, portal)).resident).toBeNull();
  });

  it('refuses a logout posted from another origin', async () => {
    const browser = new TestBrowser();
    await signIn(browser, portal, 'staff', 'staff-anna');
    const response = await browser.request(`${portal.publicUrl}/auth/staff/logout`, {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
    });
    expect(response.status).toBe(403);
    expect((await sessionOf(browser, portal)).staff?.displayName).toBe('Anna Admin');
  });

  it('lets the same browser switch persona: the IdP asks again and the new session replaces the old', async () => {
    const browser = new TestBrowser();
    await signIn(browser, portal, 'resident', 'resident-tessa');
    const first = browser.cookie('luotsi_resident');
    await signIn(browser, portal, 'resident', 'resident-ville');
    expect(browser.cookie('luotsi_resident')).not.toBe(first);
    expect((await sessionOf(browser, portal)).resident?.displayName).toBe('Ville Virtanen');
    const stale = new TestBrowser();
    stale.setCookie('luotsi_resident', first ?? '');
    expect((await sessionOf(stale, portal)).resident).toBeNull();
    // The IdP session of a resident persona does not leak into the staff client.
    const staff = await openPicker(browser, portal, 'staff');
    expect(listedPersonas(staff.html).subjects).toEqual(staffSubjects);
  });

  it.each([
    ['//evil.example'],
    ['https://evil.example/'],
    ['/\\evil.example'],
    ['/.//evil.example'],
    ['javascript:alert(1)'],
    ['http://127.0.0.1.evil.example/'],
  ])('neutralises the open redirect returnTo=%s', async (returnTo) => {
    const result = await signIn(new TestBrowser(), portal, 'resident', 'resident-tessa', { returnTo, lang: 'sv' });
    expect(result.url).toBe(`${portal.publicUrl}/sv/`);
    expect(result.visited.every((u) => u.startsWith(`${portal.publicUrl}/`))).toBe(true);
  });

  it('defaults the staff return page to /staff/', async () => {
    const result = await signIn(new TestBrowser(), portal, 'staff', 'staff-mikko');
    expect(result.url).toBe(`${portal.publicUrl}/staff/`);
  });

  it('treats a tampered, unknown or login cookie as no session and clears it', async () => {
    const browser = new TestBrowser();
    await signIn(browser, portal, 'resident', 'resident-tessa');
    const token = browser.cookie('luotsi_resident') ?? '';
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const value of [tampered, 'not-a-token', 'A'.repeat(43), `${token}x`]) {
      const other = new TestBrowser();
      other.setCookie('luotsi_resident', value);
      const response = await other.request(`${portal.publicUrl}/auth/session`);
      expect(await response.json()).toEqual({ resident: null, staff: null });
      expect(response.headers.getSetCookie().join()).toMatch(/luotsi_resident=; Max-Age=0/);
    }
    // A pending-login token is stored under another key and is never a session.
    const starter = new TestBrowser();
    await starter.request(`${portal.publicUrl}/auth/resident/login`);
    const loginToken = starter.cookie('luotsi_login_resident') ?? '';
    expect(loginToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    starter.setCookie('luotsi_resident', loginToken);
    expect((await sessionOf(starter, portal)).resident).toBeNull();
  });

  it('refuses a replayed callback and a callback without a login in progress', async () => {
    const browser = new TestBrowser();
    const result = await signIn(browser, portal, 'resident', 'resident-tessa', { lang: 'en' });
    const callback = result.visited.find((u) => u.includes('/auth/resident/callback?'));
    expect(callback).toBeDefined();
    const replay = await browser.request(callback ?? '');
    expect(replay.status).toBe(400);
    const html = await replay.text();
    expect(html).toContain('<html lang="fi">');
    expect(html).toContain('Kirjautuminen vanhentui');
    const stranger = await new TestBrowser().request(callback ?? '');
    expect(stranger.status).toBe(400);
  });

  it('shows a localized page when the user cancels at the IdP', async () => {
    const browser = new TestBrowser();
    const picker = await openPicker(browser, portal, 'resident', { lang: 'sv', returnTo: '/sv/tjanster' });
    const cancel = /<a href="([^"]+\/abort)">Avbryt inloggningen<\/a>/.exec(picker.html)?.[1];
    expect(cancel).toBeDefined();
    const { response, url } = await browser.follow(new URL(cancel ?? '', picker.url).href);
    expect(url).toContain('/auth/resident/callback?error=access_denied');
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<h1>Inloggningen lyckades inte</h1>');
    expect(html).toContain(`href="/auth/resident/login?returnTo=%2Fsv%2Ftjanster&amp;lang=sv"`);
    expect(browser.cookie('luotsi_resident')).toBeUndefined();
  });

  it("renders the IdP's own errors and an expired interaction as accessible HTML pages", async () => {
    const badClient = await fetch(`${portal.publicUrl}/idp/auth?client_id=nobody&response_type=code&scope=openid&ui_locales=sv`);
    expect(badClient.status).toBe(400);
    expect(badClient.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await badClient.text();
    expect(html).toMatch(/<html lang="(fi|sv)">/);
    expect(html).toContain('invalid_client');
    const expired = await fetch(`${portal.publicUrl}/idp/interaction/no-such-interaction?lang=en`);
    expect(expired.status).toBe(400);
    expect(await expired.text()).toContain('<h1>Sign-in expired</h1>');
  });

  it('does not accept a staff persona for the resident client', async () => {
    const browser = new TestBrowser();
    const picker = await openPicker(browser, portal, 'resident');
    const response = await browser.request(new URL(formAction(picker.html), picker.url).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'persona=staff-anna',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Valitse jokin luettelon henkilöistä.');
  });
});

describe('refused and failed sign-ins', () => {
  it('shows "not in use here" in the chosen language when resolveUser returns null', async () => {
    const portal = await startTestPortal({ resolveUser: async () => null });
    try {
      const browser = new TestBrowser();
      const result = await signIn(browser, portal, 'resident', 'resident-ville', { lang: 'sv' });
      expect(result.status).toBe(403);
      expect(result.html).toContain('<html lang="sv">');
      expect(result.html).toContain('<h1>Ditt konto används inte här</h1>');
      expect(browser.cookie('luotsi_resident')).toBeUndefined();
      const staff = await signIn(browser, portal, 'staff', 'staff-hanna', { lang: 'en' });
      expect(staff.status).toBe(403);
      expect(staff.html).toContain('Contact your manager or an administrator.');
    } finally {
      await portal.close();
    }
  });

  it('shows a clear page, not a crash, when the IdP cannot be discovered, and retries later', async () => {
    const portal = await startTestPortal({ staffIssuer: 'http://127.0.0.1:9/idp' });
    try {
      const browser = new TestBrowser();
      for (let attempt = 0; attempt < 2; attempt++) {
        const response = await browser.request(`${portal.publicUrl}/auth/staff/login?lang=en`);
        expect(response.status).toBe(503);
        const html = await response.text();
        expect(html).toContain('<h1>The identification service is unavailable</h1>');
      }
      // The other area is unaffected.
      expect((await signIn(browser, portal, 'resident', 'resident-tessa')).url).toBe(`${portal.publicUrl}/fi/`);
    } finally {
      await portal.close();
    }
  });
});

describe('secure cookies', () => {
  it('uses __Host- names with Secure, HttpOnly, SameSite=Lax and Path=/', async () => {
    const portal = await startTestPortal({ cookieSecure: true });
    try {
      const browser = new TestBrowser();
      const login = await browser.request(`${portal.publicUrl}/auth/resident/login`);
      const loginCookie = login.headers.getSetCookie().find((c) => c.startsWith('__Host-luotsi_login_resident='));
      expect(loginCookie).toMatch(/; Max-Age=600; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
      const result = await signIn(browser, portal, 'resident', 'resident-tessa');
      expect(result.url).toBe(`${portal.publicUrl}/fi/`);
      expect(browser.cookie('__Host-luotsi_resident')).toBeDefined();
      expect(browser.cookie('luotsi_resident')).toBeUndefined();
      expect((await sessionOf(browser, portal)).resident?.displayName).toBe('Tessa Testilä');
      expect(portal.auth.cookieNames.session).toEqual({ resident: '__Host-luotsi_resident', staff: '__Host-luotsi_staff' });
    } finally {
      await portal.close();
    }
  });
});

describe('session timeouts (injected clock)', () => {
  let clock = Date.now();
  const now = () => new Date(clock);
  const minutes = (n: number) => n * 60_000;

  it('ends a session after 30 idle minutes, and each use within them extends it', async () => {
    const portal = await startTestPortal({ now });
    try {
      const browser = new TestBrowser();
      await signIn(browser, portal, 'resident', 'resident-tessa');
      clock += minutes(29);
      expect((await sessionOf(browser, portal)).resident).not.toBeNull();
      clock += minutes(29);
      expect((await sessionOf(browser, portal)).resident).not.toBeNull();
      clock += minutes(30) + 1000;
      expect((await sessionOf(browser, portal)).resident).toBeNull();
      expect(browser.cookie('luotsi_resident')).toBeUndefined();
    } finally {
      await portal.close();
    }
  });

  it('touches the store at most once a minute', async () => {
    const { MemorySessionStore } = await import('./session-store');
    const store = new MemorySessionStore({ now });
    let touches = 0;
    const touch = store.touch.bind(store);
    store.touch = async (...args) => {
      touches++;
      return touch(...args);
    };
    const portal = await startTestPortal({ now, sessionStore: store });
    try {
      const browser = new TestBrowser();
      await signIn(browser, portal, 'staff', 'staff-aino');
      for (let i = 0; i < 5; i++) await sessionOf(browser, portal);
      expect(touches).toBe(0);
      clock += minutes(1);
      for (let i = 0; i < 5; i++) await sessionOf(browser, portal);
      expect(touches).toBe(1);
    } finally {
      await portal.close();
    }
  });

  it('ends a session 12 hours after sign-in however active it is', async () => {
    const portal = await startTestPortal({ now });
    try {
      const browser = new TestBrowser();
      await signIn(browser, portal, 'staff', 'staff-kalle');
      const signedInAt = clock;
      while (clock + minutes(20) < signedInAt + minutes(12 * 60)) {
        clock += minutes(20);
        expect((await sessionOf(browser, portal)).staff?.displayName).toBe('Kalle Kuraattori');
      }
      clock = signedInAt + minutes(12 * 60);
      expect((await sessionOf(browser, portal)).staff).toBeNull();
    } finally {
      await portal.close();
    }
  });

  it('honours configured timeouts', async () => {
    const portal = await startTestPortal({ now, sessionIdleMinutes: 5, sessionAbsoluteHours: 1 });
    try {
      const browser = new TestBrowser();
      await signIn(browser, portal, 'resident', 'carer-olli');
      clock += minutes(4);
      expect((await sessionOf(browser, portal)).resident).not.toBeNull();
      clock += minutes(5) + 1000;
      expect((await sessionOf(browser, portal)).resident).toBeNull();
    } finally {
      await portal.close();
    }
  });
});
