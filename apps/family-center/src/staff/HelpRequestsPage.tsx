import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDateTime, useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { PageHeading, RequestError, Skeleton, Table } from '@luotsi/ui';
import { graphql } from '../gql';
import type { fi } from '../i18n/fi';
import type { fi as staffFi } from './i18n/fi';

const HelpRequestsQuery = graphql(`
  query FamilyHelpRequests {
    familyHelpRequests {
      id
      topic
      contactMethod
      anonymous
      receivedAt
      dueAt
    }
  }
`);

const contactMethods = ['phone', 'email', 'portal', 'anonymous'] as const;
type ContactMethod = (typeof contactMethods)[number];
const topics = ['sleep', 'relationships', 'money', 'emotions', 'other'] as const;
const isTopic = (value: string): value is (typeof topics)[number] => (topics as readonly string[]).includes(value);
const isContactMethod = (value: string): value is ContactMethod => (contactMethods as readonly string[]).includes(value);

export default function HelpRequestsPage({ language }: ModulePageProps) {
  const { t } = useTexts<typeof fi & typeof staffFi>('familyCenter');
  const requests = useQuery(HelpRequestsQuery);
  return (
    <>
      <PageHeading>{t('helpRequests.title')}</PageHeading>
      <p>{t('helpRequests.intro')}</p>
      {requests.status === 'loading' && <Skeleton lines={3} />}
      {requests.status === 'error' && <RequestError error={requests.error} />}
      {requests.status === 'success' &&
        (requests.data.familyHelpRequests.length === 0 ? (
          <p>{t('helpRequests.empty')}</p>
        ) : (
          <Table
            caption={t('helpRequests.caption')}
            rows={requests.data.familyHelpRequests}
            rowKey={(r) => r.id}
            columns={[
              { key: 'topic', header: t('helpRequests.topic'), rowHeader: true, cell: (r) => (isTopic(r.topic) ? t(`helpRequests.topics.${r.topic}`) : r.topic) },
              { key: 'received', header: t('helpRequests.received'), cell: (r) => formatDateTime(r.receivedAt, language) },
              { key: 'due', header: t('helpRequests.due'), cell: (r) => formatDateTime(r.dueAt, language) },
              {
                key: 'contact',
                header: t('helpRequests.contact'),
                cell: (r) => (isContactMethod(r.contactMethod) ? t(`helpRequests.contactMethod.${r.contactMethod}`) : r.contactMethod),
              },
            ]}
          />
        ))}
    </>
  );
}
