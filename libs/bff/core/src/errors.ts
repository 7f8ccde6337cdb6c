import { GraphQLError } from 'graphql';

/**
 * Errors a client is meant to see carry a stable code in `extensions.code`; the UI maps the code
 * to a text in the reader's language. Everything else is masked by Yoga and logged with the
 * request id.
 */
export type ClientErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';

export class ClientError extends GraphQLError {
  constructor(code: ClientErrorCode, message: string = code) {
    super(message, { extensions: { code } });
  }
}

export class NotAuthorizedError extends ClientError {
  constructor(code: 'UNAUTHENTICATED' | 'FORBIDDEN') {
    super(code, code === 'UNAUTHENTICATED' ? 'Sign in to continue.' : 'You do not have access to this.');
  }
}
