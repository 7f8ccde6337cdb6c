import { type Area, type Persona, personaDisplayName, personas as allPersonas } from '@luotsi/identity-domain';
import { type IdentityClaims, type ResolveUser, type SessionUser } from './types';

/**
 * A `resolveUser` for the demo and tests that knows only the demo personas, until the database
 * answers the question. Residents are matched by personal identity code (as Suomi.fi's `sub` is
 * not ours), staff by subject.
 */
export function createPersonaUserResolver(personas: readonly Persona[] = allPersonas): ResolveUser {
  return async (area: Area, claims: IdentityClaims): Promise<SessionUser | null> => {
    const persona = personas.find((p) =>
      p.area === area &&
      (p.area === 'resident' ? p.personalIdentityCode === claims['personal_identity_code'] : p.subject === claims.sub),
    );
    if (!persona) return null;
    return {
      area,
      subject: claims.sub,
      displayName: personaDisplayName(persona),
      roles: [...persona.roles],
      ...(persona.area === 'resident' ? { language: persona.language } : {}),
    };
  };
}
