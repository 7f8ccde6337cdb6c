import { GraphqlClient, GraphqlProvider } from '@luotsi/graphql-client';
import type { Language, ModulePageProps } from '@luotsi/shell-contract';
import type { ReactNode } from 'react';

export interface FakeRequest {
  operationName: string;
  variables: Record<string, unknown>;
  language: string | null;
}

/** The data of an operation, a function of its variables that returns the data, or an Error to answer with. */
export type FakeAnswer = Record<string, unknown> | Error | ((variables: Record<string, unknown>) => Record<string, unknown>);

/**
 * A GraphQL endpoint for page tests: answers each operation by name with the given data (or a
 * GraphQL error), and records what the page asked, so a test can check the variables it sent.
 */
export function fakeGraphql(answers: Record<string, FakeAnswer>) {
  const requests: FakeRequest[] = [];
  const fetch = async (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const body = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, unknown> };
    const operationName = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '';
    const headers = new Headers(init?.headers);
    requests.push({ operationName, variables: body.variables, language: headers.get('x-luotsi-language') });
    const answer = answers[operationName];
    const payload =
      answer === undefined
        ? { errors: [{ message: `unexpected operation ${operationName}`, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }
        : answer instanceof Error
          ? { errors: [{ message: answer.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }
          : { data: typeof answer === 'function' ? answer(body.variables) : answer };
    return new Response(JSON.stringify(payload), { headers: { 'content-type': 'application/json' } });
  };
  return {
    requests,
    wrapper(language: Language) {
      const client = new GraphqlClient({ language: () => language, fetch });
      return ({ children }: { children: ReactNode }) => <GraphqlProvider client={client}>{children}</GraphqlProvider>;
    },
  };
}

/** The props the shell gives a module page, for a module mounted at /<language>/<basePath>. */
export function pageProps(basePath: string, language: Language, area: ModulePageProps['area']): ModulePageProps {
  const root = area === 'staff' ? `/staff/${basePath}` : `/${language}/${basePath}`;
  return { language, area, to: (path) => (path ? `${root}/${path}` : root) };
}
