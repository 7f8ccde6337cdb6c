import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Answers TIMEOUT when an operation runs longer than `timeoutMs`, so a slow database or a costly
 * query does not hold the client (and a connection) indefinitely. The resolvers' promises cannot
 * be cancelled and run to their end in the background; nothing of their result is sent.
 */
export function useOperationTimeout(timeoutMs: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<{ errors: GraphQLError[] }>((resolve) => {
          timer = setTimeout(
            () =>
              resolve({
                errors: [
                  new GraphQLError('The operation took too long. Please try again later.', {
                    extensions: { code: 'TIMEOUT', http: { status: 504 } },
                  }),
                ],
              }),
            timeoutMs,
          );
        });
        try {
          return await Promise.race([executeFn(args), timeout]);
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}
