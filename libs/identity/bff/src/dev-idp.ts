import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { Provider, errors, interactionPolicy, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { type Area, type Persona, personaDisplayName } from '@luotsi/identity-domain';
import { escapeHtml, pageContentSecurityPolicy, renderPage } from './html';
import { texts } from './messages';
import { type AuthLogger, type AuthMode, type Language, isLanguage } from './types';

export const devIdpClientIds = { resident: 'luotsi-resident', staff: 'luotsi-staff' } as const satisfies Record<Area, string>;

/** The scopes each demo client may ask for; they mirror what the real IdPs release. */
export const devIdpScopes = {
  resident: 'openid profile personal_identity_code',
  staff: 'openid profile roles',
} as const satisfies Record<Area, string>;

export interface DevIdpClient {
  clientSecret: string;
  /** Exactly the BFF's callback URL(s), e.g. `${publicUrl}/auth/resident/callback`. */
  redirectUris: string[];
}

export interface DevIdentityProviderOptions {
  /** `${publicUrl}/idp`; the router must be mounted at this URL's path. */
  issuer: string;
  clients: Record<Area, DevIdpClient>;
  personas: readonly Persona[];
  mode: AuthMode;
  logger?: AuthLogger;
}

export interface DevIdentityProvider {
  provider: Provider;
  /** Mount with `app.use(new URL(issuer).pathname, router)`, before any body parser. */
  router: Router;
}

/**
 * The embedded OpenID Connect provider of the demo and development environments: a real
 * `oidc-provider` with a persona picker instead of passwords. Everything (sessions, grants,
 * signing and cookie keys) lives in memory and is meant to survive nothing: a restart signs
 * everyone out of the IdP, which the BFF's own sessions do not depend on.
 */
export function createDevIdentityProvider(options: DevIdentityProviderOptions): DevIdentityProvider {
  if (options.mode === 'production' || process.env['NODE_ENV'] === 'production') {
    throw new Error('The embedded demo identity provider cannot run in production (mode or NODE_ENV is "production").');
  }
  const { issuer, personas } = options;
  const issuerUrl = new URL(issuer);
  const basePath = issuerUrl.pathname.replace(/\/$/, '');
  if (!basePath) throw new Error('The demo IdP issuer needs a path (e.g. <publicUrl>/idp) so that it can share the BFF origin.');

  const areaOfClient = new Map<string, Area>([
    [devIdpClientIds.resident, 'resident'],
    [devIdpClientIds.staff, 'staff'],
  ]);

  const policy = interactionPolicy.base();
  // The picker is the point of the demo IdP: show it on every authorization rather than
  // silently reusing the previous persona (and never hand a resident persona to the staff client).
  policy.get('login')?.checks.add(
    new interactionPolicy.Check('persona_choice', 'a persona is chosen for every sign-in', (ctx) =>
      ctx.oidc.result?.login ? interactionPolicy.Check.NO_NEED_TO_PROMPT : interactionPolicy.Check.REQUEST_PROMPT,
    ),
  );

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' };
  // The IdP session cookie stays under the issuer path; interaction cookies get oidc-provider's
  // own per-interaction paths, so two sign-ins in two tabs do not overwrite each other.
  const longCookie = { httpOnly: true, sameSite: 'lax', signed: true, path: basePath } as const;
  const shortCookie = { httpOnly: true, sameSite: 'lax', signed: true } as const;

  const configuration: Configuration = {
    clients: (['resident', 'staff'] as const).map((area) => ({
      client_id: devIdpClientIds[area],
      client_secret: options.clients[area].clientSecret,
      client_name: area === 'resident' ? 'Luotsi' : 'Luotsi (staff)',
      redirect_uris: options.clients[area].redirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
      scope: devIdpScopes[area],
    })),
    claims: {
      openid: ['sub'],
      profile: ['name', 'given_name', 'family_name'],
      // Like Suomi.fi's nationalIdentificationNumber (hetu); only the resident client may ask.
      personal_identity_code: ['personal_identity_code'],
      roles: ['roles'],
    },
    async findAccount(_ctx, sub) {
      const persona = personas.find((p) => p.subject === sub);
      if (!persona) return undefined;
      return {
        accountId: sub,
        async claims() {
          return {
            sub,
            name: personaDisplayName(persona),
            given_name: persona.firstName,
            family_name: persona.lastName,
            ...(persona.area === 'resident'
              ? { personal_identity_code: persona.personalIdentityCode }
              : { roles: [...persona.roles] }),
          };
        },
      };
    },
    interactions: {
      policy,
      url: (_ctx, interaction) => `${basePath}/interaction/${interaction.uid}`,
    },
    features: {
      devInteractions: { enabled: false },
      // The BFF ends its own sessions; the IdP session is reset at every sign-in anyway.
      rpInitiatedLogout: { enabled: false },
      userinfo: { enabled: true },
    },
    pkce: { required: () => true },
    responseTypes: ['code'],
    clientBasedCORS: () => false,
    // Tokens are exchanged immediately by the BFF; nothing needs to live long.
    ttl: { AccessToken: 300, AuthorizationCode: 60, IdToken: 300, Interaction: 900, Session: 3600, Grant: 3600 },
    expiresWithSession: () => false,
    cookies: {
      names: { session: '_luotsi_idp', interaction: '_luotsi_idp_interaction', resume: '_luotsi_idp_resume' },
      long: longCookie,
      short: shortCookie,
      keys: [randomBytes(32).toString('base64url')],
    },
    jwks: { keys: [signingKey] },
    discovery: { ui_locales_supported: ['fi', 'sv', 'en'] },
    async renderError(ctx, out) {
      const language = languageFromUiLocales(ctx.oidc?.params?.['ui_locales']) ?? 'fi';
      const t = texts[language];
      ctx.type = 'html';
      ctx.set('Content-Security-Policy', pageContentSecurityPolicy);
      ctx.body = renderPage({
        language,
        title: t.pages.loginFailed.title,
        body: `<h1>${escapeHtml(t.pages.loginFailed.title)}</h1><p>${escapeHtml(t.pages.loginFailed.text)}</p><p class="detail">${escapeHtml(t.errorCode)}: ${escapeHtml(String(out.error))}</p>`,
      });
    },
  };

  const provider = new Provider(issuer, configuration);
  // Trust X-Forwarded-Proto only when the public URL says a TLS proxy is in front; on plain
  // http://localhost there is none, and a forged header must not make cookies Secure.
  provider.proxy = issuerUrl.protocol === 'https:';
  provider.on('server_error', (_ctx: KoaContextWithOIDC, error: Error) => {
    options.logger?.error({ err: error }, 'demo IdP server error');
  });

  const router = express.Router();
  const formBody = express.urlencoded({ extended: false, limit: '4kb' });

  router.use((req, res, next) => {
    if (req.baseUrl !== basePath) {
      next(new Error(`The demo IdP router must be mounted at ${basePath} (issuer ${issuer}), not at "${req.baseUrl}".`));
      return;
    }
    res.set('Cache-Control', 'no-store');
    next();
  });

  router.get('/interaction/:uid', async (req, res) => {
    const details = await provider.interactionDetails(req, res);
    const clientId = String(details.params['client_id']);
    const area = areaOfClient.get(clientId);
    if (!area) throw new errors.InvalidClient('unknown client');

    if (details.prompt.name === 'consent') {
      // First-party demo clients: consent is implied, record it as a Grant and carry on.
      const accountId = details.session?.accountId;
      if (!accountId) throw new errors.SessionNotFound('no account in the interaction');
      const grant = (details.grantId ? await provider.Grant.find(details.grantId) : undefined)
        ?? new provider.Grant({ accountId, clientId });
      const missing = details.prompt.details;
      if (isStringArray(missing['missingOIDCScope'])) grant.addOIDCScope(missing['missingOIDCScope'].join(' '));
      if (isStringArray(missing['missingOIDCClaims'])) grant.addOIDCClaims(missing['missingOIDCClaims']);
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
      return;
    }

    const language = (isLanguage(req.query['lang']) ? req.query['lang'] : undefined)
      ?? languageFromUiLocales(details.params['ui_locales'])
      ?? 'fi';
    sendHtml(res, 200, renderPicker({
      language,
      area,
      personas: personas.filter((p) => p.area === area),
      action: `${basePath}/interaction/${details.uid}/login`,
      cancelHref: `${basePath}/interaction/${details.uid}/abort`,
      pageHref: (l) => `${basePath}/interaction/${details.uid}?lang=${l}`,
    }));
  });

  router.post('/interaction/:uid/login', formBody, async (req, res) => {
    const details = await provider.interactionDetails(req, res);
    const clientId = String(details.params['client_id']);
    const area = areaOfClient.get(clientId);
    const chosen: unknown = (req.body as Record<string, unknown> | undefined)?.['persona'];
    const persona = personas.find((p) => p.subject === chosen && p.area === area);
    if (details.prompt.name !== 'login' || !area || !persona) {
      const language = languageFromUiLocales(details.params['ui_locales']) ?? 'fi';
      const t = texts[language].pages.invalidChoice;
      sendHtml(res, 400, renderPage({
        language,
        title: t.title,
        body: `<h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.text)}</p><p><a href="${escapeHtml(`${basePath}/interaction/${details.uid}`)}">${escapeHtml(texts[language].links.tryAgain)}</a></p>`,
      }));
      return;
    }

    // Switching persona in the same browser: end the previous persona's IdP session and detach
    // this interaction from it; otherwise oidc-provider would first run its script-driven logout.
    if (details.session && details.session.accountId !== persona.subject) {
      await (await provider.Session.findByUid(details.session.uid))?.destroy();
      details.session = undefined;
      await details.persist();
    }

    const grant = new provider.Grant({ accountId: persona.subject, clientId });
    grant.addOIDCScope(typeof details.params['scope'] === 'string' ? details.params['scope'] : 'openid');
    const grantId = await grant.save();
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: persona.subject, remember: false }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  });

  router.get('/interaction/:uid/abort', async (req, res) => {
    await provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: 'the user cancelled the sign-in' },
      { mergeWithLastSubmission: false },
    );
  });

  // Everything else (discovery, authorization, token, userinfo, JWKS) is oidc-provider's.
  const callback = provider.callback();
  router.use((req, res) => callback(req, res));

  router.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const language = isLanguage(req.query['lang']) ? req.query['lang'] : 'fi';
    const expired = error instanceof errors.SessionNotFound;
    if (!expired) options.logger?.error({ err: error }, 'demo IdP interaction failed');
    const t = texts[language].pages[expired ? 'loginExpired' : 'unexpected'];
    sendHtml(res, expired ? 400 : 500, renderPage({
      language,
      title: t.title,
      body: `<h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.text)}</p>`,
    }));
  });

  return { provider, router };
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** `ui_locales` is a space-separated preference list; the first supported one wins. */
export function languageFromUiLocales(value: unknown): Language | undefined {
  if (typeof value !== 'string') return undefined;
  for (const tag of value.split(' ')) {
    const primary = tag.trim().toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return undefined;
}

function sendHtml(res: Response, status: number, html: string): void {
  res.status(status).set({
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': pageContentSecurityPolicy,
    'Cache-Control': 'no-store',
  }).send(html);
}

interface PickerOptions {
  language: Language;
  area: Area;
  personas: readonly Persona[];
  action: string;
  cancelHref: string;
  pageHref: (language: Language) => string;
}

/** One form, one submit button per persona: a single click or key press signs in, no script. */
function renderPicker({ language, area, personas, action, cancelHref, pageHref }: PickerOptions): string {
  const t = texts[language].picker;
  const items = personas
    .map(
      (p) =>
        `<li><button class="persona" type="submit" name="persona" value="${escapeHtml(p.subject)}">` +
        `<span class="name">${escapeHtml(personaDisplayName(p))}</span>` +
        `<span class="description">${escapeHtml(p.description[language])}</span></button></li>`,
    )
    .join('\n');
  return renderPage({
    language,
    title: t.title[area],
    languageHref: pageHref,
    body: `<h1>${escapeHtml(t.heading[area])}</h1>
<p class="notice">${escapeHtml(t.intro[area])}</p>
<form method="post" action="${escapeHtml(action)}">
<h2 id="personas-heading">${escapeHtml(t.listHeading[area])}</h2>
<ul class="personas" aria-labelledby="personas-heading">
${items}
</ul>
</form>
<p class="actions"><a href="${escapeHtml(cancelHref)}">${escapeHtml(t.cancel)}</a></p>`,
  });
}
