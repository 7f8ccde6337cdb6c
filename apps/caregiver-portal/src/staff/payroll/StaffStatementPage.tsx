import { useParams } from 'wouter';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { Alert, Link, PageHeading, RequestError, Skeleton } from '@luotsi/ui';
import { graphql } from '../../gql';
import { monthName } from '../../resident/reports/months';
import type { fi } from '../../i18n/fi';
import type { fi as staffFi } from '../i18n/fi';
import { StatementView } from '../../resident/reports/StatementView';

type Texts = typeof fi & typeof staffFi;

const StatementQuery = graphql(`
  query CareStatement($runId: ID!, $carerId: ID!) {
    careStatement(runId: $runId, carerId: $carerId) {
      month carerName paymentDate language totalCents taxableCents nonTaxableCents
      lines { kind label amountCents days daysInMonth monthlyCents correctsMonth note taxable periods { from to } }
    }
  }
`);

/** A carer's statement of a run, as the coordinator checks it (access-logged by the BFF). */
export default function StaffStatementPage({ language, to }: ModulePageProps) {
  const { t } = useTexts<Texts>('caregiverPortal');
  const { runId, carerId } = useParams<{ runId: string; carerId: string }>();
  const query = useQuery(StatementQuery, { runId, carerId });
  const statement = query.status === 'success' ? query.data.careStatement : null;
  return (
    <>
      {/* The heading names the carer and month once known: the coordinator reads many of these. */}
      <PageHeading>
        {statement
          ? t('staffReports.statementOf', { title: t('reports.statement.title'), name: statement.carerName, month: monthName(statement.month, language) })
          : t('reports.statement.title')}
      </PageHeading>
      <p>
        <Link href={to('payroll')}>{t('staffReports.runTitle')}</Link>
      </p>
      {query.status === 'loading' && <Skeleton lines={6} />}
      {query.status === 'error' && <RequestError error={query.error} />}
      {query.status === 'success' && !statement && <Alert tone="warning">{t('reports.statement.notFound')}</Alert>}
      {statement && <StatementView statement={statement} language={language} />}
    </>
  );
}
