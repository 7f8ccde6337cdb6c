import { useParams } from 'wouter';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { Alert, Link, PageHeading, RequestError, Skeleton } from '@luotsi/ui';
import { graphql } from '../../gql';
import type { fi } from '../../i18n/fi';
import { monthName } from './months';
import { StatementView } from './StatementView';

const StatementQuery = graphql(`
  query MyCareStatement($month: String!) {
    myCareStatement(month: $month) {
      month paymentDate language totalCents taxableCents nonTaxableCents
      lines { kind label amountCents days daysInMonth monthlyCents correctsMonth note taxable periods { from to } }
    }
  }
`);

/** The carer's fee statement of a month, in the page's language, with the PDF in the same language. */
export default function StatementPage({ language, to }: ModulePageProps) {
  const { t } = useTexts<typeof fi>('caregiverPortal');
  const { month } = useParams<{ month: string }>();
  const query = useQuery(StatementQuery, { month });
  const statement = query.status === 'success' ? query.data.myCareStatement : null;
  return (
    <>
      <PageHeading>{t('reports.statement.title')}: {monthName(month, language)}</PageHeading>
      <p>
        <Link href={to('reports')}>{t('reports.statement.back')}</Link>
      </p>
      {query.status === 'loading' && <Skeleton lines={6} />}
      {query.status === 'error' && <RequestError error={query.error} />}
      {query.status === 'success' && !statement && <Alert tone="info">{t('reports.statement.notFound')}</Alert>}
      {statement && (
        <>
          <StatementView statement={statement} language={language} />
          <p>
            <a href={`/api/caregiving/statements/${encodeURIComponent(month)}.pdf?lang=${language}`} download>
              {t('reports.statement.pdf')}
            </a>
          </p>
        </>
      )}
    </>
  );
}
