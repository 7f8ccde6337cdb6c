import { useState } from 'react';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatNumber, isLanguage, useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { PageHeading, RequestError, Skeleton, Table } from '@luotsi/ui';
import { graphql } from '../gql';
import type { ServiceCatalogueStatsQuery, ServiceCuratorCatalogueQuery } from '../gql/graphql';
import { MunicipalitySelect } from '../components/MunicipalitySelect';
import { knownProviderType } from '../components/provider-type';
import type { fi } from '../i18n/fi';
import type { fi as staffFi } from './i18n/fi';

const StatsQuery = graphql(`
  query ServiceCatalogueStats($municipalityCode: String) {
    serviceCatalogueStats(municipalityCode: $municipalityCode) {
      total
      byProviderType { providerType count }
      byOrganization {
        count
        organization {
          id
          providerType
          name { text language isFallback }
        }
      }
    }
  }
`);

const CuratorCatalogueQuery = graphql(`
  query ServiceCuratorCatalogue($municipalityCode: String) {
    serviceCatalogue(municipalityCode: $municipalityCode) {
      id
      languages
      name { text language isFallback }
      organization {
        id
        providerType
        name { text language isFallback }
      }
    }
  }
`);

type Stats = ServiceCatalogueStatsQuery['serviceCatalogueStats'];
type Service = ServiceCuratorCatalogueQuery['serviceCatalogue'][number];

export default function CataloguePage({ language }: ModulePageProps) {
  const { t } = useTexts<typeof fi & typeof staffFi>('serviceTray');
  const [municipality, setMunicipality] = useState('');
  const variables = { municipalityCode: municipality || null };
  const stats = useQuery(StatsQuery, variables);
  const services = useQuery(CuratorCatalogueQuery, variables);
  const typeLabel = (providerType: string) => t(`providerType.${knownProviderType(providerType)}`);
  const count = (n: number) => formatNumber(n, language);
  return (
    <>
      <PageHeading>{t('catalogue.title')}</PageHeading>
      <p>{t('catalogue.intro')}</p>
      <MunicipalitySelect value={municipality} onChange={setMunicipality} />
      {/* Always in the page, so screen readers hear the new total when the municipality changes. */}
      <p role="status">{stats.status === 'success' ? t('catalogue.total', { count: stats.data.serviceCatalogueStats.total }) : ''}</p>
      {stats.status === 'loading' && <Skeleton lines={6} />}
      {stats.status === 'error' && <RequestError error={stats.error} />}
      {stats.status === 'success' && (
        <>
          <h2>{t('catalogue.byProviderType')}</h2>
          <Table<Stats['byProviderType'][number]>
            caption={t('catalogue.byProviderType')}
            captionHidden
            rows={stats.data.serviceCatalogueStats.byProviderType}
            rowKey={(row) => row.providerType}
            columns={[
              { key: 'type', header: t('catalogue.providerType'), rowHeader: true, cell: (row) => typeLabel(row.providerType) },
              { key: 'count', header: t('catalogue.count'), align: 'end', cell: (row) => count(row.count) },
            ]}
          />
          <h2>{t('catalogue.byOrganization')}</h2>
          <Table<Stats['byOrganization'][number]>
            caption={t('catalogue.byOrganization')}
            captionHidden
            rows={stats.data.serviceCatalogueStats.byOrganization}
            rowKey={(row) => row.organization.id}
            empty={t('catalogue.empty')}
            columns={[
              {
                key: 'organization',
                header: t('catalogue.organization'),
                rowHeader: true,
                cell: (row) => <span lang={row.organization.name.language}>{row.organization.name.text}</span>,
              },
              { key: 'type', header: t('catalogue.providerType'), cell: (row) => typeLabel(row.organization.providerType) },
              { key: 'count', header: t('catalogue.count'), align: 'end', cell: (row) => count(row.count) },
            ]}
          />
        </>
      )}
      <h2>{t('catalogue.listTitle')}</h2>
      {services.status === 'loading' && <Skeleton lines={6} />}
      {services.status === 'error' && <RequestError error={services.error} />}
      {services.status === 'success' && (
        <Table<Service>
          caption={t('catalogue.listTitle')}
          captionHidden
          rows={services.data.serviceCatalogue}
          rowKey={(service) => service.id}
          empty={t('catalogue.empty')}
          columns={[
            {
              key: 'service',
              header: t('catalogue.service'),
              rowHeader: true,
              cell: (service) => <span lang={service.name.language}>{service.name.text}</span>,
            },
            {
              key: 'organization',
              header: t('catalogue.organization'),
              cell: (service) => <span lang={service.organization.name.language}>{service.organization.name.text}</span>,
            },
            { key: 'type', header: t('catalogue.providerType'), cell: (service) => typeLabel(service.organization.providerType) },
            {
              key: 'languages',
              header: t('catalogue.languages'),
              cell: (service) => service.languages.filter(isLanguage).map((l) => t(`language.${l}`)).join(', '),
            },
          ]}
        />
      )}
    </>
  );
}
