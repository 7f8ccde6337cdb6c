import { type UiTexts, useUiTexts } from '../i18n';
import { Alert } from './Alert';

type Code = Exclude<keyof UiTexts['requestError'], 'requestId'>;
const codes: readonly Code[] = ['RATE_LIMITED', 'TIMEOUT', 'PERSISTED_QUERY_NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'NETWORK', 'INTERNAL_SERVER_ERROR'];
const isCode = (value: string): value is Code => (codes as readonly string[]).includes(value);

export interface RequestErrorProps {
  /** A failed request: the code from @luotsi/graphql-client and the request id to quote. */
  error: { code: string; requestId?: string | undefined };
  className?: string;
}

/**
 * A failed GraphQL request in the reader's language: "too many attempts, try again later" for
 * RATE_LIMITED, and so on; an unknown code reads as an unexpected error. The request id of a
 * server error is shown so the user can quote it to customer service.
 */
export function RequestError({ error, className }: RequestErrorProps) {
  const { t } = useUiTexts();
  const code: Code = isCode(error.code) ? error.code : 'INTERNAL_SERVER_ERROR';
  return (
    <Alert tone="error" {...(className ? { className } : {})}>
      <p>{t(`requestError.${code}`)}</p>
      {code === 'INTERNAL_SERVER_ERROR' && error.requestId && <p>{t('requestError.requestId', { requestId: error.requestId })}</p>}
    </Alert>
  );
}
