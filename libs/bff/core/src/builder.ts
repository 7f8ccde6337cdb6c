import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin, { type AuthFailure } from '@pothos/plugin-scope-auth';
import { getDatamodel, type PrismaTypes } from '@luotsi/db';
import type { StaffRole } from '@luotsi/identity-domain';
import type { BffContext } from './context';
import { NotAuthorizedError } from './errors';
import { accessLogPlugin } from './access-log-plugin';
import { AuthorizeBeforeArgs, toInvalidInputError, ValidationPlugin } from './validation';

/**
 * The one Pothos builder of the BFF. Plugin order matters: scope auth runs first so that nothing
 * else (Prisma query planning, relay) does work for a request that will be refused.
 */
export interface BuilderTypes {
  Context: BffContext;
  PrismaTypes: PrismaTypes;
  AuthScopes: {
    /** Anyone, signed in or not. Every public field says so explicitly. */
    public: boolean;
    /** A strongly authenticated resident (including carers). */
    resident: boolean;
    /** A resident with a fee-based care agreement. */
    carer: boolean;
    /** Any signed-in professional. */
    staff: boolean;
    /** A professional with one of these roles. */
    staffRole: readonly StaffRole[];
  };
  Scalars: {
    Date: { Input: string; Output: string | Date };
    DateTime: { Input: Date; Output: Date };
  };
  DefaultFieldNullability: false;
}

/** The scope names a refused field asked for. */
function failedScopes(failure: AuthFailure): string[] {
  if ('failures' in failure) return failure.failures.flatMap(failedScopes);
  return 'scope' in failure ? [failure.scope] : [];
}

/**
 * UNAUTHENTICATED when the area the field belongs to has no session (a resident asking for staff
 * data must sign in as staff: the UI then offers that sign-in), FORBIDDEN when the session is
 * there but lacks the role.
 */
function refusal(failure: AuthFailure, context: BffContext): 'UNAUTHENTICATED' | 'FORBIDDEN' {
  const scopes = failedScopes(failure);
  const needsStaff = scopes.some((s) => s === 'staff' || s === 'staffRole');
  const needsResident = scopes.some((s) => s === 'resident' || s === 'carer');
  if ((needsStaff && !context.viewer.staff) || (needsResident && !context.viewer.resident)) return 'UNAUTHENTICATED';
  if (!needsStaff && !needsResident && !context.viewer.staff && !context.viewer.resident) return 'UNAUTHENTICATED';
  return 'FORBIDDEN';
}

export const builder = new SchemaBuilder<BuilderTypes>({
  plugins: [ScopeAuthPlugin, AuthorizeBeforeArgs, ValidationPlugin, PrismaPlugin, RelayPlugin, accessLogPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authorizeOnSubscribe: true,
    treatErrorsAsUnauthorized: true,
    unauthorizedError: (_parent, context, _info, result) => new NotAuthorizedError(refusal(result.failure, context)),
    authScopes: (context) => ({
      public: true,
      resident: context.viewer.resident !== null,
      carer: context.viewer.resident?.roles.includes('carer') ?? false,
      staff: context.viewer.staff !== null,
      staffRole: (roles) => roles.some((role) => context.viewer.staff?.roles.includes(role) ?? false),
    }),
  },
  // `validate:` schemas (shared with the forms) fail as BAD_USER_INPUT with field codes.
  validation: { validationError: (failure, args) => toInvalidInputError(failure, args) },
  prisma: {
    client: (context) => context.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    onUnusedQuery: null,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
  },
});

builder.queryType({});
builder.mutationType({});
