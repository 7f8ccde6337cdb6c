import { useState } from 'react';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { LanguageNote, PageHeading, RequestError, Skeleton, Stack } from '@luotsi/ui';
import { graphql } from '../gql';
import { MunicipalitySelect } from '../components/MunicipalitySelect';
import { knownProviderType } from '../components/provider-type';
import type { fi } from '../i18n/fi';

const CatalogueQuery = graphql(`
  query ServiceCatalogue($municipalityCode: String) {
    serviceCatalogue(municipalityCode: $municipalityCode) {
      id
      name { text language isFallback }
      summary { text language isFallback }
      organization {
        id
        providerType
        name { text language isFallback }
      }
    }
  }
`);

export default function ServicesPage(_props: ModulePageProps) {
  const { t } = useTexts<typeof fi>('serviceTray');
  const [municipality, setMunicipality] = useState('');
  const services = useQuery(CatalogueQuery, { municipalityCode: municipality || null });
  const list = services.data?.serviceCatalogue ?? [];
  return (
    <>
      <PageHeading>{t('services.title')}</PageHeading>
      <p>{t('services.intro')}</p>
      <MunicipalitySelect value={municipality} onChange={setMunicipality} />
      <h2>{t('services.listTitle')}</h2>
      {/* Always in the page, so screen readers hear the new count when the municipality changes. */}
      <p role="status">{services.status === 'success' ? t('services.count', { count: list.length }) : ''}</p>
      {services.status === 'loading' && <Skeleton lines={6} />}
      {services.status === 'error' && <RequestError error={services.error} />}
      {services.status === 'success' &&
        (list.length === 0 ? (
          <p>{t('services.empty')}</p>
        ) : (
          <Stack as="ul" gap="m" data-testid="service-list">
            {list.map((service) => (
              <li key={service.id} className="lx-panel">
                <h3 lang={service.name.language}>{service.name.text}</h3>
                <LanguageNote content={service.name.isFallback ? service.name : service.summary} />
                <p lang={service.summary.language}>{service.summary.text}</p>
                <p>
                  {t('services.providedBy')} <span lang={service.organization.name.language}>{service.organization.name.text}</span>
                  {' · '}
                  {t(`providerType.${knownProviderType(service.organization.providerType)}`)}
                </p>
              </li>
            ))}
          </Stack>
        ))}
    </>
  );
}
