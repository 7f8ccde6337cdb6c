import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDate, useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { Link, PageHeading, RequestError, Skeleton, Table } from '@luotsi/ui';
import { graphql } from '../../gql';
import type { fi } from '../../i18n/fi';
import type { fi as staffFi } from '../i18n/fi';
import { monthName } from '../../resident/reports/months';

type Texts = typeof fi & typeof staffFi;

const QueueQuery = graphql(`
  query CareReportQueue {
    careReportQueue { agreementId month state dueDate carerName report { id status } }
  }
`);

/** The coordinator's queue: submitted, returned and late reports of her units. */
export default function ReportQueuePage({ language, to }: ModulePageProps) {
  const { t } = useTexts<Texts>('caregiverPortal');
  const query = useQuery(QueueQuery);
  return (
    <>
      <PageHeading>{t('staffReports.queueTitle')}</PageHeading>
      <p>{t('staffReports.queueIntro')}</p>
      <p>
        <Link href={to('payroll')}>{t('staffReports.runTitle')}</Link>
      </p>
      {query.status === 'loading' && <Skeleton lines={8} />}
      {query.status === 'error' && <RequestError error={query.error} />}
      {query.status === 'success' && (
        <Table
          caption={t('staffReports.queueTitle')}
          captionHidden
          rows={query.data.careReportQueue}
          rowKey={(q) => `${q.agreementId}:${q.month}`}
          empty={t('staffReports.empty')}
          columns={[
            { key: 'carer', header: t('staffReports.carer'), rowHeader: true, cell: (q) => <Link href={to(`reports/${q.agreementId}/${q.month}`)}>{q.carerName}</Link> },
            { key: 'month', header: t('staffReports.month'), cell: (q) => monthName(q.month, language) },
            { key: 'state', header: t('myAgreements.status'), cell: (q) => t(`staffReports.state.${q.state}`) },
            { key: 'due', header: t('staffReports.due'), cell: (q) => formatDate(q.dueDate, language) },
          ]}
        />
      )}
    </>
  );
}
