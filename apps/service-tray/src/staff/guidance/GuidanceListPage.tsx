import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDate, useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { Button, Link, PageHeading, RequestError, Skeleton, Table } from '@luotsi/ui';
import { graphql } from '../../gql';
import type { ServiceTrayGuidanceSetsQuery } from '../../gql/graphql';
import type { fi } from '../../i18n/fi';
import type { fi as staffFi } from '../i18n/fi';

const SetsQuery = graphql(`
  query ServiceTrayGuidanceSets {
    guidanceSets {
      id
      language
      updatedAt
      client { firstName lastName }
      items { serviceId }
      handovers { id channel }
    }
  }
`);

type GuidanceSet = ServiceTrayGuidanceSetsQuery['guidanceSets'][number];

/** The recommendation sets of the professional's units, newest first, and a new one. */
export default function GuidanceListPage({ language, to }: ModulePageProps) {
  const { t } = useTexts<typeof fi & typeof staffFi>('serviceTray');
  const sets = useQuery(SetsQuery, {});
  return (
    <>
      <PageHeading>{t('guidance.listTitle')}</PageHeading>
      <p>{t('guidance.listIntro')}</p>
      <p>
        <Button variant="primary" href={to('guidance/new')}>
          {t('guidance.new')}
        </Button>
      </p>
      {sets.status === 'loading' && <Skeleton lines={5} />}
      {sets.status === 'error' && <RequestError error={sets.error} />}
      {sets.status === 'success' && (
        <Table<GuidanceSet>
          caption={t('guidance.listCaption')}
          rows={sets.data.guidanceSets}
          rowKey={(set) => set.id}
          empty={t('guidance.listEmpty')}
          columns={[
            {
              key: 'client',
              header: t('guidance.client'),
              rowHeader: true,
              cell: (set) => (
                <Link href={to(`guidance/${set.id}`)}>{set.client ? `${set.client.firstName} ${set.client.lastName}` : t('guidance.unidentified')}</Link>
              ),
            },
            { key: 'updated', header: t('guidance.updated'), cell: (set) => formatDate(set.updatedAt, language) },
            { key: 'language', header: t('guidance.language'), cell: (set) => t(`language.${set.language}`) },
            { key: 'services', header: t('guidance.serviceCount'), align: 'end', cell: (set) => String(set.items.length) },
            {
              key: 'handovers',
              header: t('guidance.handedOver'),
              cell: (set) => (set.handovers.length ? [...new Set(set.handovers.map((h) => t(`guidance.channels.${h.channel}`)))].join(', ') : t('guidance.notHandedOver')),
            },
          ]}
        />
      )}
    </>
  );
}
