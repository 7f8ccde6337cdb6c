import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import { Kind, type GraphQLFieldResolver, type GraphQLResolveInfo, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { StaffRole } from '@luotsi/identity-domain';
import type { BffContext } from './context';

/**
 * How a GraphQL object type says "objects of this type hold a client's data". The BFF then logs
 * every such object a professional reads, once per request, without any code in the resolvers.
 */
export interface ClientDataOptions<Shape> {
  /** The Person id whose data the object is; null or undefined when it has none (anonymous). */
  clientOf: (parent: Shape) => string | null | undefined;
  /** Why a professional sees it: the relationship or task, e.g. 'unit-queue', 'care-agreement'. */
  purpose: string | ((parent: Shape) => string);
  /** The logged object type; defaults to the GraphQL type name (set it for variants, e.g. 'Person'). */
  objectType?: string;
  /** The logged object id; defaults to `parent.id`. */
  idOf?: (parent: Shape) => string;
  /** The unit in whose work the object is read (the object's unit). */
  unitOf?: (parent: Shape) => string | null | undefined;
  /** The roles that give access to it: the logged role is the first of these the professional has. */
  roles?: readonly StaffRole[];
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Pothos' own augmentation point
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      accessLog: PothosAccessLogPlugin<Types>;
    }
    // The type parameters must match Pothos' declaration, used or not.
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    interface ObjectTypeOptions<Types extends SchemaTypes, Shape> {
      /** Objects of this type hold a client's data: reads by professionals are access-logged. */
      clientData?: ClientDataOptions<Shape>;
    }
  }
}

/**
 * Whether the root field a value was reached through is the resident's own (scopes `resident` or
 * `carer` only). A browser may hold a staff and a resident session at once; reading one's own
 * data as a resident is not a professional's access. Everything else is logged (fail closed).
 */
const ownDataCache = new WeakMap<OperationDefinitionNode, Map<string, boolean>>();

function responseKeyFieldName(selectionSet: SelectionSetNode, key: string, info: GraphQLResolveInfo): string | undefined {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD && (selection.alias?.value ?? selection.name.value) === key) return selection.name.value;
    const nested =
      selection.kind === Kind.INLINE_FRAGMENT
        ? selection.selectionSet
        : selection.kind === Kind.FRAGMENT_SPREAD
          ? info.fragments[selection.name.value]?.selectionSet
          : undefined;
    const found = nested && responseKeyFieldName(nested, key, info);
    if (found) return found;
  }
  return undefined;
}

export function isResidentOwnRead(info: GraphQLResolveInfo): boolean {
  let path = info.path;
  while (path.prev) path = path.prev;
  const key = String(path.key);
  let perOperation = ownDataCache.get(info.operation);
  if (!perOperation) ownDataCache.set(info.operation, (perOperation = new Map()));
  const cached = perOperation.get(key);
  if (cached !== undefined) return cached;
  const name = responseKeyFieldName(info.operation.selectionSet, key, info);
  const field = name ? info.schema.getRootType(info.operation.operation)?.getFields()[name] : undefined;
  const scopes = (field?.extensions as { pothosOptions?: { authScopes?: unknown } } | undefined)?.pothosOptions?.authScopes;
  const own =
    typeof scopes === 'object' &&
    scopes !== null &&
    Object.keys(scopes).length > 0 &&
    Object.keys(scopes).every((scope) => scope === 'resident' || scope === 'carer');
  perOperation.set(key, own);
  return own;
}

export class PothosAccessLogPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (fieldConfig.graphqlKind !== 'Object') return resolver;
    const typeConfig = this.buildCache.getTypeConfig(fieldConfig.parentType);
    if (typeConfig.kind !== 'Object') return resolver;
    const options = typeConfig.pothosOptions.clientData as ClientDataOptions<unknown> | undefined;
    if (!options) return resolver;
    const objectType = options.objectType ?? typeConfig.name;
    return (parent, args, context, info) => {
      const ctx = context as BffContext;
      if (ctx.viewer.staff && !isResidentOwnRead(info)) {
        const clientPersonId = options.clientOf(parent);
        if (clientPersonId) {
          const staffRoles = ctx.viewer.staff.roles;
          ctx.accessLog.noteRead({
            clientPersonId,
            objectType,
            objectId: options.idOf ? options.idOf(parent) : String((parent as { id: unknown }).id),
            purpose: typeof options.purpose === 'function' ? options.purpose(parent) : options.purpose,
            unitId: options.unitOf?.(parent) ?? null,
            role: options.roles?.find((role) => staffRoles.includes(role)),
          });
        }
      }
      return resolver(parent, args, context, info);
    };
  }
}

SchemaBuilder.registerPlugin('accessLog', PothosAccessLogPlugin);

export const accessLogPlugin = 'accessLog' as const;
