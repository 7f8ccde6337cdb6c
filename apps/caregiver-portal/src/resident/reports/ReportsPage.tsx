import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatMoney, useTexts } from '@luotsi/i18n';
import { helsinkiDate } from '@luotsi/calendar';
import { useQuery } from '@luotsi/graphql-client';
import { Link, LocalizedSpan, PageHeading, RequestError, Skeleton, Table } from '@luotsi/ui';
import { graphql } from '../../gql';
import type { fi } from '../../i18n/fi';
import { monthName, previousMonth } from './months';

const ReportsQuery = graphql(`
  query MyCareReportsPage {
    myCareAgreements { id type status caredPersonName validFrom validTo serviceAreaName { text language isFallback } }
    myCareReports {
      id
      month
      status
      late
      returnComment
      enteredOnBehalf { name }
      agreement { id type caredPersonName }
    }
    myCareStatements { month totalCents }
  }
`);

const monthlyTypes = ['INFORMAL_CARE', 'FAMILY_CARE'];

/** The carer's months to report (this month and last), the history with comments, the statements. */
export default function ReportsPage({ language, to }: ModulePageProps) {
  const { t } = useTexts<typeof fi>('caregiverPortal');
  const query = useQuery(ReportsQuery);
  const thisMonth = helsinkiDate().slice(0, 7);
  const months = [previousMonth(thisMonth), thisMonth];
  const data = query.status === 'success' ? query.data : null;
  const reportable = (data?.myCareAgreements ?? []).filter(
    (a) => monthlyTypes.includes(a.type) && ['ACTIVE', 'SIGNED', 'ENDED'].includes(a.status),
  );
  const reportOf = (agreementId: string, month: string) => data?.myCareReports.find((r) => r.agreement.id === agreementId && r.month === month);
  const covers = (a: { validFrom: string; validTo: string | null }, month: string) => a.validFrom.slice(0, 7) <= month && (!a.validTo || a.validTo.slice(0, 7) >= month);
  // Two agreements for the same cared person (e.g. in two service areas) would give links with the
  // same name to different months: those also name the agreement's service area.
  const agreements = data?.myCareAgreements ?? [];
  const whose = (agreementId: string) => {
    const a = agreements.find((x) => x.id === agreementId);
    if (!a?.caredPersonName) return null;
    const ambiguous = agreements.some((x) => x.id !== a.id && x.caredPersonName === a.caredPersonName);
    return (
      <>
        {' ('}
        {a.caredPersonName}
        {ambiguous && (
          <>
            {', '}
            <LocalizedSpan content={a.serviceAreaName} />
          </>
        )}
        {')'}
      </>
    );
  };
  return (
    <>
      <PageHeading>{t('reports.title')}</PageHeading>
      <p>{t('reports.intro')}</p>
      {query.status === 'loading' && <Skeleton lines={6} />}
      {query.status === 'error' && <RequestError error={query.error} />}
      {data && (
        <>
          <section aria-labelledby="cg-to-report">
            <h2 id="cg-to-report">{t('reports.toReport')}</h2>
            {reportable.length === 0 ? (
              <p>{t('reports.noAgreements')}</p>
            ) : (
              <ul>
                {reportable.flatMap((a) =>
                  months
                    .filter((m) => covers(a, m))
                    .map((m) => {
                      const report = reportOf(a.id, m);
                      return (
                        <li key={`${a.id}:${m}`}>
                          <Link href={to(`reports/${a.id}/${m}`)}>
                            {t('reports.reportMonth', { month: monthName(m, language) })}
                            {whose(a.id)}
                          </Link>{' '}
                          – {t(`reports.status.${report?.status ?? 'NOT_STARTED'}`)}
                          {report?.late ? `, ${t('reports.late')}` : ''}
                        </li>
                      );
                    }),
                )}
              </ul>
            )}
          </section>
          <section aria-labelledby="cg-history">
            <h2 id="cg-history">{t('reports.history')}</h2>
            <Table
              caption={t('reports.history')}
              captionHidden
              rows={data.myCareReports}
              rowKey={(r) => r.id}
              empty={t('reports.noHistory')}
              columns={[
                {
                  key: 'month', header: t('reports.where.month'), rowHeader: true,
                  cell: (r) => <Link href={to(`reports/${r.agreement.id}/${r.month}`)}>{monthName(r.month, language)}{whose(r.agreement.id) ?? (r.agreement.caredPersonName ? ` (${r.agreement.caredPersonName})` : '')}</Link>,
                },
                { key: 'status', header: t('myAgreements.status'), cell: (r) => `${t(`reports.status.${r.status}`)}${r.late ? `, ${t('reports.late')}` : ''}` },
                {
                  key: 'note', header: '', cell: (r) => (
                    <>
                      {r.returnComment && <span>{t('reports.returned', { comment: r.returnComment })} </span>}
                      {r.enteredOnBehalf && <span>{t('reports.onBehalf', { name: r.enteredOnBehalf.name, date: '' }).trim()}</span>}
                    </>
                  ),
                },
              ]}
            />
          </section>
          <section aria-labelledby="cg-statements">
            <h2 id="cg-statements">{t('reports.statements')}</h2>
            {data.myCareStatements.length === 0 ? (
              <p>{t('reports.noStatements')}</p>
            ) : (
              <ul>
                {data.myCareStatements.map((s) => (
                  <li key={s.month}>
                    <Link href={to(`statements/${s.month}`)}>{t('reports.statement.open', { month: monthName(s.month, language) })}</Link>{' '}
                    – {formatMoney(s.totalCents, language)}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}
