import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * GraphQL refuses variables of the wrong type (a number for an enum, a string for a list) before
 * any resolver runs, with an error that has no code. The frontends read codes, so they would call
 * it an unexpected error. Such errors — no data at all (a resolver's error leaves `data`, if only
 * `null`), no code, and at most a GraphQL coercion error underneath — are the caller's input:
 * BAD_USER_INPUT.
 */
const isInputError = (error: GraphQLError) =>
  error.extensions?.['code'] === undefined && (!error.originalError || error.originalError instanceof GraphQLError);

export function useRequestErrorCodes(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors?.length || result.data !== undefined) return;
          if (!result.errors.some(isInputError)) return;
          setResult({
            ...result,
            errors: result.errors.map((error) =>
              isInputError(error)
                ? new GraphQLError(error.message, {
                    nodes: error.nodes,
                    source: error.source,
                    positions: error.positions,
                    path: error.path,
                    extensions: { ...error.extensions, code: 'BAD_USER_INPUT' },
                  })
                : error,
            ),
          });
        },
      };
    },
  };
}
