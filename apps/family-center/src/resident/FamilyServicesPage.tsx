import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { childAgeGroups, familyServiceTargetGroups, isChildAgeGroup } from '@luotsi/family-domain';
import { Button, Cluster, LanguageNote, Link, PageHeading, RequestError, SelectField, Skeleton, Stack, TextField } from '@luotsi/ui';
import { graphql } from '../gql';
import type { fi } from '../i18n/fi';
import type { fi as pagesFi } from '../i18n/pages/fi';
import { AskForHelpBanner, readSearch, writeSearch } from './common';
import { MyMunicipality, useResidentSession } from './session';

const SetupQuery = graphql(`
  query FamilyServicesSetup {
    serviceMunicipalities { code name { text } }
  }
`);

// The service tray's search (libs/services/bff), not a copy: family services are its services for
// the families-with-children target groups in the chosen municipality.
const ServicesQuery = graphql(`
  query FamilyServices($input: ServiceSearchInput!) {
    searchServices(input: $input) {
      total
      hits {
        service {
          id
          name { text language isFallback }
          summary { text language isFallback }
          organization { id name { text language } }
        }
      }
    }
  }
`);

const keys = ['municipality', 'age', 'q'] as const;
type Filters = Record<(typeof keys)[number], string>;

function Results({ municipality, age, q }: Filters) {
  const { t, language } = useTexts<typeof fi & typeof pagesFi>('familyCenter');
  const services = useQuery(ServicesQuery, {
    input: { municipalityCodes: [municipality], targetGroups: familyServiceTargetGroups(isChildAgeGroup(age) ? age : null), query: q || null, first: 30 },
  });
  if (services.status === 'loading') return <Skeleton lines={4} />;
  if (services.status === 'error') return <RequestError error={services.error} />;
  const { hits, total } = services.data.searchServices;
  return (
    <>
      <p role="status">{t('services.count', { count: total })}</p>
      {hits.length === 0 ? (
        <p>{t('services.none')}</p>
      ) : (
        <ul className="lx-stack" data-testid="family-services">
          {hits.map(({ service }) => (
            <li key={service.id} className="lx-card">
              <h3 lang={service.name.language}>
                <Link href={`/${language}/service-tray/service/${service.id}`}>{service.name.text}</Link>
              </h3>
              <LanguageNote content={service.name} />
              <p lang={service.summary.language}>{service.summary.text}</p>
              <p className="lx-meta">
                <span lang={service.organization.name.language}>{t('services.provider', { name: service.organization.name.text })}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Services for families in the resident's municipality for the child's age; the state is in the URL. */
export default function FamilyServicesPage({ to }: ModulePageProps) {
  const { t } = useTexts<typeof fi & typeof pagesFi>('familyCenter');
  const setup = useQuery(SetupQuery);
  const session = useResidentSession();
  const [home, setHome] = useState('');
  const [chosen, setFiltersState] = useState<Filters>(() => readSearch(window.location.search, keys) as Filters);
  const [text, setText] = useState(chosen.q);
  useEffect(() => {
    const onPop = () => setFiltersState(readSearch(window.location.search, keys) as Filters);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const setFilters = useCallback((next: Filters) => {
    window.history.pushState(window.history.state, '', `${window.location.pathname}${writeSearch({ ...next })}`);
    setFiltersState(next);
  }, []);
  // A signed-in resident starts from their own municipality.
  const filters = { ...chosen, municipality: chosen.municipality || home };

  const municipalities = setup.status === 'success' ? setup.data.serviceMunicipalities : [];
  const known = municipalities.some((m) => m.code === filters.municipality);
  return (
    <>
      <PageHeading>{t('services.title')}</PageHeading>
      {session === 'signed-in' && <MyMunicipality onKnown={setHome} />}
      <p>{t('services.intro')}</p>
      <AskForHelpBanner to={to} />
      <form
        role="search"
        aria-label={t('services.title')}
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          setFilters({ ...filters, q: text.trim() });
        }}
      >
        <Stack gap="s">
          <Cluster gap="m" align="end">
            <SelectField
              label={t('services.municipality')}
              value={known ? filters.municipality : ''}
              placeholder={t('help.choose')}
              width="medium"
              onChange={(e) => setFilters({ ...filters, municipality: e.target.value })}
              options={municipalities.map((m) => ({ value: m.code, label: m.name.text }))}
            />
            <SelectField
              label={t('services.age')}
              value={isChildAgeGroup(filters.age) ? filters.age : ''}
              placeholder={t('help.choose')}
              width="medium"
              onChange={(e) => setFilters({ ...filters, age: e.target.value })}
              options={childAgeGroups.map((a) => ({ value: a, label: t(`services.ages.${a}`) }))}
            />
          </Cluster>
          <Cluster gap="s" align="end">
            <TextField label={t('services.search')} type="search" value={text} onChange={(e) => setText(e.target.value)} width="medium" />
            <Button type="submit" variant="secondary">
              {t('services.show')}
            </Button>
          </Cluster>
        </Stack>
      </form>
      {setup.status === 'error' && <RequestError error={setup.error} />}
      {known ? <Results {...filters} /> : <p>{t('services.chooseMunicipality')}</p>}
    </>
  );
}
