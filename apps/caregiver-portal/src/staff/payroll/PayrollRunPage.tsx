import { useState } from 'react';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDate, formatDateTime, formatMoney, useTexts } from '@luotsi/i18n';
import { helsinkiDate } from '@luotsi/calendar';
import { useMutation, useQuery } from '@luotsi/graphql-client';
import { Alert, Button, Cluster, Link, PageHeading, RequestError, SelectField, Skeleton, Stack, Table, TextField } from '@luotsi/ui';
import { graphql } from '../../gql';
import type { fi } from '../../i18n/fi';
import type { fi as staffFi } from '../i18n/fi';
import { monthName, previousMonth } from '../../resident/reports/months';

type Texts = typeof fi & typeof staffFi;

const AreasQuery = graphql(`
  query CareRunServiceAreas { careRunServiceAreas { id code name { text language isFallback } } }
`);
const RunQuery = graphql(`
  query CareMonthlyRun($serviceAreaId: ID!, $month: String!, $search: String) {
    careMonthlyRun(serviceAreaId: $serviceAreaId, month: $month) {
      id month status computedAt computedByName exportedAt paymentDate totalCents payees rowCount waitingCount problemCount
      totals { payType label rows amountCents taxable }
      rows(search: $search) { record carerId payeeName payType earningMonth amountCents }
    }
  }
`);
const RunMutation = graphql(`
  mutation RunCareMonth($serviceAreaId: ID!, $month: String!) { runCareMonth(serviceAreaId: $serviceAreaId, month: $month) { id } }
`);
const ExportedMutation = graphql(`
  mutation MarkCareRunExported($runId: ID!) { markCareRunExported(runId: $runId) { id status } }
`);

/** The monthly run of a service area: compute, totals, payroll rows, the CSV, marking it sent. */
export default function PayrollRunPage({ language, to }: ModulePageProps) {
  const { t } = useTexts<Texts>('caregiverPortal');
  const areas = useQuery(AreasQuery);
  const thisMonth = helsinkiDate().slice(0, 7);
  const months = [thisMonth, previousMonth(thisMonth), previousMonth(previousMonth(thisMonth))];
  const [areaId, setAreaId] = useState('');
  const [month, setMonth] = useState(previousMonth(thisMonth));
  const [search, setSearch] = useState('');
  const chosenArea = areaId || (areas.status === 'success' ? (areas.data.careRunServiceAreas[0]?.id ?? '') : '');
  const run = useQuery(RunQuery, { serviceAreaId: chosenArea, month, search: search.trim() || null });
  const [compute, computing] = useMutation(RunMutation);
  const [markExported, marking] = useMutation(ExportedMutation);
  const [failed, setFailed] = useState(false);
  const data = run.status === 'success' ? run.data.careMonthlyRun : null;
  const rowLabel = (payType: string) => data?.totals.find((x) => x.payType === payType)?.label ?? payType;
  return (
    <>
      <PageHeading>{t('staffReports.runTitle')}</PageHeading>
      <p>{t('staffReports.runIntro')}</p>
      <p>
        <Link href={to('reports')}>{t('staffReports.queueTitle')}</Link>
      </p>
      {areas.status === 'loading' && <Skeleton lines={2} />}
      {areas.status === 'error' && <RequestError error={areas.error} />}
      {areas.status === 'success' && (
        <Cluster gap="m">
          <SelectField
            label={t('staffReports.area')}
            value={chosenArea}
            options={areas.data.careRunServiceAreas.map((a) => ({ value: a.id, label: a.name.text }))}
            onChange={(e) => setAreaId(e.currentTarget.value)}
          />
          <SelectField label={t('staffReports.runMonth')} value={month} options={months.map((m) => ({ value: m, label: monthName(m, language) }))} onChange={(e) => setMonth(e.currentTarget.value)} />
        </Cluster>
      )}
      {failed && <Alert tone="error">{t('staffReports.runFailed')}</Alert>}
      {chosenArea && (!data || data.status === 'computed') && (
        <p>
          <Button
            loading={computing.running}
            onClick={async () => {
              setFailed(false);
              const result = await compute({ serviceAreaId: chosenArea, month }).catch(() => null);
              if (!result) setFailed(true);
              run.refetch();
            }}
          >
            {t('staffReports.run')}
          </Button>
        </p>
      )}
      {run.status === 'loading' && chosenArea && <Skeleton lines={6} />}
      {run.status === 'error' && <RequestError error={run.error} />}
      {run.status === 'success' && !data && <p>{t('staffReports.noRun')}</p>}
      {data && (
        <Stack gap="m">
          <p>{t('staffReports.computed', { date: formatDateTime(data.computedAt, language), name: data.computedByName })}</p>
          {data.exportedAt && <Alert tone="info">{t('staffReports.exportedAt', { date: formatDateTime(data.exportedAt, language) })}</Alert>}
          {data.waitingCount > 0 && <Alert tone="warning">{t('staffReports.waiting', { count: data.waitingCount })}</Alert>}
          <p>
            <strong>{t('staffReports.total', { amount: formatMoney(data.totalCents, language), payees: data.payees, date: formatDate(data.paymentDate, language) })}</strong>
          </p>
          <Table
            caption={t('staffReports.totals')}
            rows={data.totals}
            rowKey={(x) => x.payType}
            columns={[
              { key: 'type', header: t('staffReports.payType'), rowHeader: true, cell: (x) => x.label },
              { key: 'rows', header: t('staffReports.rows'), align: 'end', cell: (x) => String(x.rows) },
              { key: 'sum', header: t('staffReports.sum'), align: 'end', cell: (x) => formatMoney(x.amountCents, language) },
            ]}
          />
          <Cluster gap="m">
            <a className="lx-button lx-button--secondary" href={`/api/caregiving/payroll/${data.id}.csv`} download>
              {t('staffReports.csv')}
            </a>
            {data.status === 'computed' && (
              <Button
                variant="secondary"
                loading={marking.running}
                onClick={async () => {
                  await markExported({ runId: data.id }).catch(() => null);
                  run.refetch();
                }}
              >
                {t('staffReports.markExported')}
              </Button>
            )}
          </Cluster>
          <TextField label={t('staffReports.search')} type="search" value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
          <Table
            caption={t('staffReports.payrollRows')}
            rows={data.rows.map((r, i) => ({ ...r, key: `${r.carerId}:${r.payType}:${r.record}:${r.earningMonth}:${i}` }))}
            rowKey={(r) => r.key}
            columns={[
              { key: 'payee', header: t('staffReports.carer'), rowHeader: true, cell: (r) => r.payeeName },
              { key: 'type', header: t('staffReports.payType'), cell: (r) => rowLabel(r.payType) },
              { key: 'earning', header: t('staffReports.earning'), cell: (r) => monthName(r.earningMonth, language) },
              { key: 'sum', header: t('staffReports.sum'), align: 'end', cell: (r) => formatMoney(r.amountCents, language) },
              { key: 'statement', header: t('staffReports.statement'), cell: (r) => <Link href={to(`payroll/${data.id}/${r.carerId}`)}>{t('staffReports.statement')}: {r.payeeName}</Link> },
            ]}
          />
        </Stack>
      )}
    </>
  );
}
