import { useState } from 'react';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatNumber, useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { LocalizedSpan, PageHeading, RequestError, SelectField, Skeleton, Table } from '@luotsi/ui';
import { graphql } from '../../gql';
import type { ServiceDiagnosticReason, ServiceTrayDiagnosticsQuery } from '../../gql/graphql';
import { MunicipalitySelect } from '../../components/MunicipalitySelect';
import type { fi } from '../../i18n/fi';
import type { fi as staffFi } from '../i18n/fi';

const DiagnosticsQuery = graphql(`
  query ServiceTrayDiagnostics($municipalityCode: String, $reason: ServiceDiagnosticReason) {
    serviceDiagnostics(municipalityCode: $municipalityCode, reason: $reason) {
      checked
      withGaps
      byReason { reason count }
      byOrganization { organization { id name { text language isFallback } } checked withGaps byReason { reason count } }
      services { reasons service { id name { text language isFallback } organization { id name { text language isFallback } } } }
    }
  }
`);

type Texts = typeof fi & typeof staffFi;
type Diagnostics = ServiceTrayDiagnosticsQuery['serviceDiagnostics'];
const reasons: ServiceDiagnosticReason[] = ['MISSING_TARGET_GROUP', 'MISSING_SERVICE_CLASS', 'MISSING_SWEDISH', 'MISSING_OPENING_HOURS', 'NOT_UPDATED'];

/**
 * Data-quality gaps of the catalogue, as PTV's providers need them: counts per reason and per
 * organisation, and the services with their reasons. Providers fix them in PTV.
 */
export default function DiagnosticsPage({ language }: ModulePageProps) {
  const { t } = useTexts<Texts>('serviceTray');
  const [municipality, setMunicipality] = useState('');
  const [reason, setReason] = useState<ServiceDiagnosticReason | ''>('');
  const result = useQuery(DiagnosticsQuery, { municipalityCode: municipality || null, reason: reason || null });
  const count = (n: number) => formatNumber(n, language);
  const reasonLabel = (r: ServiceDiagnosticReason) => t(`diagnostics.reasons.${r}`);
  const d = result.data?.serviceDiagnostics;
  return (
    <>
      <PageHeading>{t('diagnostics.title')}</PageHeading>
      <p>{t('diagnostics.intro')}</p>
      <MunicipalitySelect value={municipality} onChange={setMunicipality} />
      <SelectField
        label={t('diagnostics.reasonFilter')}
        value={reason}
        onChange={(e) => setReason(reasons.find((r) => r === e.target.value) ?? '')}
        options={[{ value: '', label: t('diagnostics.allReasons') }, ...reasons.map((r) => ({ value: r, label: reasonLabel(r) }))]}
        width="medium"
      />
      <p role="status">{d ? t('diagnostics.summary', { withGaps: count(d.withGaps), checked: count(d.checked) }) : ''}</p>
      {result.status === 'loading' && <Skeleton lines={8} />}
      {result.status === 'error' && <RequestError error={result.error} />}
      {d && (
        <>
          <h2>{t('diagnostics.byReason')}</h2>
          <Table<Diagnostics['byReason'][number]>
            caption={t('diagnostics.byReason')}
            captionHidden
            rows={d.byReason}
            rowKey={(row) => row.reason}
            columns={[
              { key: 'reason', header: t('diagnostics.reason'), rowHeader: true, cell: (row) => reasonLabel(row.reason) },
              { key: 'count', header: t('diagnostics.services'), align: 'end', cell: (row) => count(row.count) },
            ]}
          />
          <h2>{t('diagnostics.byOrganization')}</h2>
          <Table<Diagnostics['byOrganization'][number]>
            caption={t('diagnostics.byOrganization')}
            captionHidden
            rows={d.byOrganization}
            rowKey={(row) => row.organization.id}
            empty={t('diagnostics.none')}
            columns={[
              { key: 'organization', header: t('catalogue.organization'), rowHeader: true, cell: (row) => <LocalizedSpan content={row.organization.name} /> },
              { key: 'gaps', header: t('diagnostics.withGaps'), align: 'end', cell: (row) => `${count(row.withGaps)} / ${count(row.checked)}` },
              ...reasons.map((r) => ({
                key: r,
                header: reasonLabel(r),
                align: 'end' as const,
                cell: (row: Diagnostics['byOrganization'][number]) => count(row.byReason.find((x) => x.reason === r)?.count ?? 0),
              })),
            ]}
          />
          <h2>{t('diagnostics.listTitle')}</h2>
          <Table<Diagnostics['services'][number]>
            caption={t('diagnostics.listTitle')}
            captionHidden
            rows={d.services}
            rowKey={(row) => row.service.id}
            empty={t('diagnostics.none')}
            columns={[
              { key: 'service', header: t('catalogue.service'), rowHeader: true, cell: (row) => <LocalizedSpan content={row.service.name} /> },
              { key: 'organization', header: t('catalogue.organization'), cell: (row) => <LocalizedSpan content={row.service.organization.name} /> },
              { key: 'reasons', header: t('diagnostics.reason'), cell: (row) => row.reasons.map(reasonLabel).join(', ') },
            ]}
          />
        </>
      )}
    </>
  );
}
