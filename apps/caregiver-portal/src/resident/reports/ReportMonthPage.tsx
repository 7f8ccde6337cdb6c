import { useState } from 'react';
import { useParams } from 'wouter';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { useTexts } from '@luotsi/i18n';
import { useMutation, useQuery } from '@luotsi/graphql-client';
import { Alert, Link, PageHeading, RequestError, Skeleton } from '@luotsi/ui';
import { graphql } from '../../gql';
import type { fi } from '../../i18n/fi';
import { monthName } from './months';
import { ReportForm, type ReportMonthData } from './ReportForm';

const MonthQuery = graphql(`
  query MyCareReportMonth($agreementId: ID!, $month: String!) {
    myCareReportMonth(agreementId: $agreementId, month: $month) {
      month agreementId agreementType caredPersonName firstDay lastDay dueDate late daysOffAvailable daysOffPerMonth careDays editable
      report {
        id status daysOff returnComment
        interruptions { kind from to }
        expenses { date amountCents description }
        enteredOnBehalf { name at }
      }
    }
  }
`);

const SaveMutation = graphql(`
  mutation SaveMyCareReport($input: SaveCareReportInput!) {
    saveMyCareReport(input: $input) {
      locked
      problems { path code }
      report { id status }
    }
  }
`);

/** The carer's report of one agreement and month. */
export default function ReportMonthPage({ language, to }: ModulePageProps) {
  const { t } = useTexts<typeof fi>('caregiverPortal');
  const params = useParams<{ agreementId: string; month: string }>();
  const query = useQuery(MonthQuery, { agreementId: params.agreementId, month: params.month });
  const [save] = useMutation(SaveMutation);
  // The last answer stays on screen while a save refetches it, so the form and its notice stay.
  const [shown, setShown] = useState<typeof query.data>(undefined);
  if (query.status === 'success' && query.data !== shown) setShown(query.data);
  const data = shown?.myCareReportMonth ?? null;
  return (
    <>
      <PageHeading>
        {t('reports.monthTitle')}: {monthName(params.month, language)}
        {data?.caredPersonName ? ` (${data.caredPersonName})` : ''}
      </PageHeading>
      <p>
        <Link href={to('reports')}>{t('reports.back')}</Link>
      </p>
      {query.status === 'loading' && !shown && <Skeleton lines={10} />}
      {query.status === 'error' && <RequestError error={query.error} />}
      {shown && !data && <Alert tone="warning">{t('reports.notFound')}</Alert>}
      {data && (
        <ReportForm
          data={data as ReportMonthData}
          language={language}
          onSave={async (input) => {
            const result = await save({ input }).catch(() => null);
            if (result?.saveMyCareReport && result.saveMyCareReport.problems.length === 0) query.refetch();
            return result?.saveMyCareReport ?? null;
          }}
        />
      )}
    </>
  );
}
