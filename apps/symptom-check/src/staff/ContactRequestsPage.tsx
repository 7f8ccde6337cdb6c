import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDateTime, useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { isUrgency } from '@luotsi/questionnaires';
import { PageHeading, RequestError, Skeleton, Table } from '@luotsi/ui';
import { graphql } from '../gql';
import type { SymptomContactRequestsQuery } from '../gql/graphql';
import type { fi } from '../i18n/fi';
import type { fi as staffFi } from './i18n/fi';

const ContactRequestsQuery = graphql(`
  query SymptomContactRequests {
    symptomContactRequests {
      id
      urgency
      status
      receivedAt
      questionnaire { id name { text language isFallback } }
      unit { id name { text language isFallback } }
    }
  }
`);

type ContactRequest = SymptomContactRequestsQuery['symptomContactRequests'][number];

const statuses = ['new', 'in-progress', 'handled'] as const;
const isStatus = (value: string): value is (typeof statuses)[number] => (statuses as readonly string[]).includes(value);

export default function ContactRequestsPage({ language }: ModulePageProps) {
  const { t } = useTexts<typeof fi & typeof staffFi>('symptomCheck');
  const requests = useQuery(ContactRequestsQuery);
  const rows = requests.data?.symptomContactRequests ?? [];
  // The unit column only helps a nurse who works in several units.
  const severalUnits = new Set(rows.map((r) => r.unit.id)).size > 1;
  return (
    <>
      <PageHeading>{t('contactRequests.title')}</PageHeading>
      <p>{t('contactRequests.intro')}</p>
      {requests.status === 'loading' && <Skeleton lines={4} />}
      {requests.status === 'error' && <RequestError error={requests.error} />}
      {requests.status === 'success' &&
        (rows.length === 0 ? (
          <p>{t('contactRequests.empty')}</p>
        ) : (
          <>
            <p>{t('contactRequests.count', { count: rows.length })}</p>
            <Table<ContactRequest>
              caption={t('contactRequests.caption')}
              rows={rows}
              rowKey={(r) => r.id}
              columns={[
                {
                  key: 'urgency',
                  header: t('contactRequests.urgency'),
                  rowHeader: true,
                  cell: (r) => (isUrgency(r.urgency) ? t(`urgency.${r.urgency}`) : t('urgency.unknown', { id: r.urgency })),
                },
                {
                  key: 'assessment',
                  header: t('contactRequests.assessment'),
                  cell: (r) => <span lang={r.questionnaire.name.language}>{r.questionnaire.name.text}</span>,
                },
                { key: 'received', header: t('contactRequests.received'), cell: (r) => formatDateTime(r.receivedAt, language) },
                {
                  key: 'status',
                  header: t('contactRequests.status'),
                  cell: (r) => (isStatus(r.status) ? t(`contactRequests.statuses.${r.status}`) : t('contactRequests.statuses.unknown', { id: r.status })),
                },
                ...(severalUnits
                  ? [{ key: 'unit', header: t('contactRequests.unit'), cell: (r: ContactRequest) => <span lang={r.unit.name.language}>{r.unit.name.text}</span> }]
                  : []),
              ]}
            />
          </>
        ))}
    </>
  );
}
