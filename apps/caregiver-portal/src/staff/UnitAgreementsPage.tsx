import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDate, useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { Alert, LocalizedSpan, PageHeading, RequestError, Skeleton, Table } from '@luotsi/ui';
import { graphql } from '../gql';
import type { fi } from '../i18n/fi';
import type { fi as staffFi } from './i18n/fi';

const UnitAgreementsQuery = graphql(`
  query UnitCareAgreements {
    unitCareAgreements {
      id
      type
      status
      validTo
      endingSoon
      carer { id firstName lastName }
      unit { id name { text language isFallback } }
    }
  }
`);

/** The BFF flags agreements ending within this many days (endingSoonDays in the caregiving BFF). */
const endingSoonDays = 60;

export default function UnitAgreementsPage({ language }: ModulePageProps) {
  const { t } = useTexts<typeof fi & typeof staffFi>('caregiverPortal');
  const agreements = useQuery(UnitAgreementsQuery);
  const rows = agreements.data?.unitCareAgreements ?? [];
  const endingSoon = rows.filter((a) => a.endingSoon).length;
  return (
    <>
      <PageHeading>{t('unitAgreements.title')}</PageHeading>
      <p>{t('unitAgreements.intro')}</p>
      {agreements.status === 'loading' && <Skeleton lines={5} />}
      {agreements.status === 'error' && <RequestError error={agreements.error} />}
      {agreements.status === 'success' &&
        (rows.length === 0 ? (
          <p>{t('unitAgreements.empty')}</p>
        ) : (
          <>
            {endingSoon > 0 && (
              <Alert tone="warning" live={false}>
                {t('unitAgreements.endingSoonSummary', { count: endingSoon, days: endingSoonDays })}
              </Alert>
            )}
            <Table
              caption={t('unitAgreements.caption')}
              rows={rows}
              rowKey={(a) => a.id}
              columns={[
                { key: 'carer', header: t('unitAgreements.carer'), rowHeader: true, cell: (a) => `${a.carer.firstName} ${a.carer.lastName}` },
                { key: 'type', header: t('unitAgreements.type'), cell: (a) => t(`agreementType.${a.type}`) },
                { key: 'status', header: t('unitAgreements.status'), cell: (a) => t(`status.${a.status}`) },
                {
                  key: 'validTo',
                  header: t('unitAgreements.validTo'),
                  cell: (a) => (
                    <>
                      {a.validTo ? formatDate(a.validTo, language) : t('unitAgreements.untilFurtherNotice')}
                      {a.endingSoon && (
                        <>
                          <br />
                          <strong>{t('unitAgreements.endingSoon', { days: endingSoonDays })}</strong>
                        </>
                      )}
                    </>
                  ),
                },
                { key: 'unit', header: t('unitAgreements.unit'), cell: (a) => <LocalizedSpan content={a.unit.name} /> },
              ]}
            />
          </>
        ))}
    </>
  );
}
