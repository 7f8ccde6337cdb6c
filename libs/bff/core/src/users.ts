import type { PrismaClient } from '@luotsi/db';
import type { AuthenticatedUser } from './context';

/**
 * Who a verified OIDC subject is in Luotsi. Residents are persons of the population data (in
 * production matched by the identity code the IdP vouches for); they are carers while they have a
 * signed or active care agreement. Professionals must exist as staff; their roles come from here,
 * not from the IdP's claims, so removing a role in Luotsi takes effect at the next sign-in.
 */
export async function resolveUser(
  prisma: PrismaClient,
  area: 'resident' | 'staff',
  claims: { sub: string; personalIdentityCode?: string },
): Promise<AuthenticatedUser | null> {
  if (area === 'staff') {
    const staff = await prisma.staffMember.findUnique({ where: { oidcSubject: claims.sub } });
    if (!staff) return null;
    return { area, subject: claims.sub, displayName: `${staff.firstName} ${staff.lastName}`, roles: staff.roles, staffId: staff.id };
  }
  const person =
    (await prisma.person.findUnique({ where: { oidcSubject: claims.sub } })) ??
    (claims.personalIdentityCode
      ? await prisma.person.findUnique({ where: { personalIdentityCode: claims.personalIdentityCode } })
      : null);
  if (!person) return null;
  const agreements = await prisma.careAgreement.count({ where: { carerId: person.id, status: { in: ['signed', 'active'] } } });
  return {
    area,
    subject: claims.sub,
    displayName: `${person.firstName} ${person.lastName}`,
    roles: agreements > 0 ? ['resident', 'carer'] : ['resident'],
    personId: person.id,
  };
}
