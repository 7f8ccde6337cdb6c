import type { BffContext } from './context';
import { NotAuthorizedError } from './errors';

/**
 * The units a signed-in professional works in. Object-level authorisation of client data starts
 * here: a professional reaches only clients of their own units.
 */
export async function staffUnitIds(context: BffContext): Promise<string[]> {
  const staffId = context.viewer.staff?.staffId;
  if (!staffId) throw new NotAuthorizedError('UNAUTHENTICATED');
  const rows = await context.prisma.staffUnit.findMany({ where: { staffId }, select: { unitId: true } });
  return rows.map((r) => r.unitId);
}

/** The Person id of the signed-in resident, or an UNAUTHENTICATED error. */
export function residentPersonId(context: BffContext): string {
  const personId = context.viewer.resident?.personId;
  if (!personId) throw new NotAuthorizedError('UNAUTHENTICATED');
  return personId;
}
