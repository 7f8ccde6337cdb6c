import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDateTime, useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { PageHeading, RequestError, Skeleton, Stack } from '@luotsi/ui';
import { graphql } from '../gql';
import type { fi } from '../i18n/fi';
import type { fi as myRequestsFi } from '../my-requests/i18n/fi';

const MyRequestsQuery = graphql(`
  query MySymptomContactRequests {
    mySymptomContactRequests {
      id
      status
      receivedAt
      reply
      questionnaire { id name { text language isFallback } }
      unit { id name { text language isFallback } }
    }
  }
`);

const statuses = ['new', 'in-progress', 'handled'] as const;
type Status = (typeof statuses)[number];

/** The resident's contact requests after a symptom check: where each is, and the reply when given. */
export default function MyRequestsPage({ language }: ModulePageProps) {
  const { t } = useTexts<typeof fi & typeof myRequestsFi>('symptomCheck');
  const requests = useQuery(MyRequestsQuery);
  return (
    <>
      <PageHeading>{t('nav.myRequests')}</PageHeading>
      <p>{t('myRequests.intro')}</p>
      {requests.status === 'loading' && <Skeleton lines={3} />}
      {requests.status === 'error' && <RequestError error={requests.error} />}
      {requests.status === 'success' &&
        (requests.data.mySymptomContactRequests.length === 0 ? (
          <p>{t('myRequests.empty')}</p>
        ) : (
          <Stack as="ul" gap="m" data-testid="symptom-my-requests">
            {requests.data.mySymptomContactRequests.map((r) => {
              const status = (statuses as readonly string[]).includes(r.status) ? (r.status as Status) : null;
              return (
                <li key={r.id} className="lx-panel">
                  <h2 lang={r.questionnaire.name.language}>{r.questionnaire.name.text}</h2>
                  <p>{t('myRequests.sent', { date: formatDateTime(r.receivedAt, language) })}</p>
                  <p>{t('myRequests.unit', { unit: r.unit.name.text })}</p>
                  <p>
                    {t('myRequests.statusLabel')}: <strong>{status ? t(`myRequests.status.${status}`) : r.status}</strong>
                  </p>
                  <h3>{t('myRequests.reply')}</h3>
                  <p>{r.reply ?? t('myRequests.noReply')}</p>
                </li>
              );
            })}
          </Stack>
        ))}
    </>
  );
}
