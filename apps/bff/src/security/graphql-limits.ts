import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Limits on the shape of a GraphQL document, chosen from the documents the frontends send (see
 * docs/security.md, "GraphQL limits"): the deepest is 5 levels, the costliest ~50, the longest 57
 * tokens, and none uses aliases or directives. The headroom lets new pages in without a change
 * while keeping a crafted document small.
 */
export const graphqlLimits = { depth: 8, aliases: 10, tokens: 500, directives: 10, cost: 1000 } as const;

export type GraphqlLimit = keyof typeof graphqlLimits;

/** The code a refused document carries: one per limit, so a client or a test can tell which. */
export const limitErrorCodes: Record<GraphqlLimit, string> = {
  depth: 'QUERY_TOO_DEEP',
  aliases: 'TOO_MANY_ALIASES',
  tokens: 'TOO_MANY_TOKENS',
  directives: 'TOO_MANY_DIRECTIVES',
  cost: 'QUERY_TOO_COSTLY',
};

/** Armor's own error has no code and a "Syntax Error:" prefix; ours says what was exceeded. */
function refuse(limit: GraphqlLimit): { propagateOnRejection: false; onReject: GraphQLArmorRejectCallback[] } {
  return {
    propagateOnRejection: false,
    onReject: [
      (_context, error) => {
        throw new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
          extensions: { code: limitErrorCodes[limit], http: { status: 400 } },
        });
      },
    ],
  };
}

export function graphqlLimitPlugins(options: { introspection: boolean }): Plugin[] {
  const plugins: Plugin[] = [
    EnvelopArmorPlugin({
      maxDepth: { n: graphqlLimits.depth, ignoreIntrospection: options.introspection, ...refuse('depth') },
      // Armor lets `__typename` aliases through by default; our frontends use no aliases at all.
      maxAliases: { n: graphqlLimits.aliases, allowList: [], ...refuse('aliases') },
      maxTokens: { n: graphqlLimits.tokens, ...refuse('tokens') },
      maxDirectives: { n: graphqlLimits.directives, ...refuse('directives') },
      costLimit: { maxCost: graphqlLimits.cost, ignoreIntrospection: options.introspection, ...refuse('cost') },
      // "Did you mean …?" would spell out the schema that introspection is off to hide.
      blockFieldSuggestion: { enabled: !options.introspection },
    }) as Plugin,
  ];
  if (!options.introspection)
    plugins.push({
      onValidate({ addValidationRule }) {
        addValidationRule(NoSchemaIntrospectionCustomRule);
      },
    });
  return plugins;
}
