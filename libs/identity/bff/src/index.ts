export { createAuth, type Auth, type AuthConfig, type AuthDeps, type AreaClientConfig } from './auth';
export {
  createDevIdentityProvider, devIdpClientIds, devIdpScopes, languageFromUiLocales,
  type DevIdentityProvider, type DevIdentityProviderOptions, type DevIdpClient,
} from './dev-idp';
export { createPersonaUserResolver } from './persona-user';
export { pageContentSecurityPolicy, renderRateLimitedPage } from './html';
export { safeReturnTo } from './return-to';
export { MemorySessionStore, type SessionStore, type SessionRecord, type StoreOptions } from './session-store';
export { type SessionData } from './session-record';
export { RedisSessionStore, type RedisSessionStoreOptions } from './redis-session-store';
export { SqlSessionStore, type SessionRow, type SessionTable, type SqlSessionStoreOptions } from './sql-session-store';
export {
  languages, isLanguage,
  type AuthLogger, type AuthMode, type AuthSession, type IdentityClaims, type Language, type ResolveUser, type SessionUser,
} from './types';
export { identityModule } from './graphql/module';
export { helsinkiDate } from './graphql/schema';
