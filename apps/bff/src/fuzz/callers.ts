import type { GraphQLField } from 'graphql';
import type { AuthenticatedUser } from '@luotsi/bff-core';

/** Who calls: a persona's sessions (a browser may hold a resident and a staff session). */
export interface Caller {
  name: string;
  resident: AuthenticatedUser | null;
  staff: AuthenticatedUser | null;
}

/** Demo personas that between them hold every role (see @luotsi/identity-domain personas). */
export const callerSubjects: readonly { name: string; area: 'resident' | 'staff' | null; subject: string }[] = [
  { name: 'anonymous', area: null, subject: '' },
  { name: 'resident (guardian)', area: 'resident', subject: 'resident-tessa' },
  { name: 'resident (Swedish-speaking)', area: 'resident', subject: 'resident-ville' },
  { name: 'carer', area: 'resident', subject: 'carer-olli' },
  { name: 'nurse', area: 'staff', subject: 'staff-hanna' },
  { name: 'social advisor', area: 'staff', subject: 'staff-aino' },
  { name: 'caregiver coordinator', area: 'staff', subject: 'staff-kaisa' },
  { name: 'service curator', area: 'staff', subject: 'staff-kalle' },
  { name: 'manager', area: 'staff', subject: 'staff-mikko' },
  { name: 'admin', area: 'staff', subject: 'staff-anna' },
];

type Scopes = Record<string, unknown>;

/** Evaluates a field's declared authScopes (object form, $any/$all) for a caller, as the builder does. */
function grants(scopes: Scopes, caller: Caller, mode: 'any' | 'all' = 'any'): boolean {
  const checks = Object.entries(scopes).map(([scope, wanted]) => {
    switch (scope) {
      case '$any':
        return grants(wanted as Scopes, caller, 'any');
      case '$all':
        return grants(wanted as Scopes, caller, 'all');
      case 'public':
        return wanted === true;
      case 'resident':
        return wanted === true && caller.resident !== null;
      case 'carer':
        return wanted === true && (caller.resident?.roles.includes('carer') ?? false);
      case 'staff':
        return wanted === true && caller.staff !== null;
      case 'staffRole':
        return (wanted as string[]).some((role) => caller.staff?.roles.includes(role) ?? false);
      default:
        // A scope this harness does not know: assume it may pass, so the field is still fuzzed.
        return true;
    }
  });
  return mode === 'any' ? checks.some(Boolean) : checks.every(Boolean);
}

/**
 * The callers the field lets in, by its declared authScopes. A scope function (decided at run
 * time) lets everyone try: the refused ones must not write either.
 */
export function allowedCallers(field: GraphQLField<unknown, unknown>, callers: readonly Caller[]): Caller[] {
  const scopes = (field.extensions as { pothosOptions?: { authScopes?: unknown } }).pothosOptions?.authScopes;
  if (!scopes || typeof scopes !== 'object') return [...callers];
  return callers.filter((caller) => grants(scopes as Scopes, caller));
}
